import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { rememberThemeChoice, type ThemeChoice, themeChoice, useThemeChoice } from '../theme.ts';
import type { User } from '../types.ts';
import { clockTime, deviceZone, zoneOffset } from '../ui/time.ts';
import { toast } from '../ui/toasts.tsx';
import { useNow } from '../ui/when.tsx';
import { ChangePassword } from './change-password.tsx';
import { DeleteAccount } from './delete-account.tsx';
import { PushToggle } from './push-toggle.tsx';

const themes: { value: ThemeChoice; label: string }[] = [
  { value: 'device', label: 'Same as this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'neon', label: 'Neon' },
];

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** Theme, notifications, time zone, data export, the password and account deletion. */
export function SettingsView({ onDeleted }: { onDeleted: () => void }) {
  const { api, user } = useServices();
  const me = useStore(user);
  const theme = useThemeChoice(me);
  const [saving, setSaving] = useState(false);
  const zoneList = useMemo(() => zones(me.timeZone), [me.timeZone]);
  const now = useNow();
  const device = deviceZone();
  const zoneNow = (zone: string) => `${clockTime(now, { zone, now })} (${zoneOffset(zone, now)})`;
  const [countries, setCountries] = useState<{ code: string; name: string }[]>([]);
  useEffect(() => {
    api
      .get<{ countries: { code: string; name: string }[] }>('/api/crisis-lines')
      .then((r) => setCountries(r.countries))
      .catch(() => setCountries([]));
  }, [api]);

  // Shown at once, put back if the server refuses.
  const save = async (patch: Partial<User>, done: string): Promise<boolean> => {
    const before = user.get();
    user.set({ ...before, ...patch });
    setSaving(true);
    try {
      const r = await api.patch<{ user: User }>('/api/me', patch);
      user.set(r.user);
      toast(done, 'success');
      return true;
    } catch (err) {
      user.set(before);
      toast(errorText(err), 'error');
      return false;
    } finally {
      setSaving(false);
    }
  };

  // 'device' is kept as light on the server (its default) and remembered in this browser.
  const chooseTheme = async (choice: ThemeChoice, label: string) => {
    const before = themeChoice(user.get());
    rememberThemeChoice(me.id, choice);
    const themeMode = choice === 'device' ? 'light' : choice;
    if (user.get().themeMode === themeMode) {
      toast(`Theme: ${label}.`, 'success');
      return;
    }
    if (!(await save({ themeMode }, `Theme: ${label}.`))) rememberThemeChoice(me.id, before);
  };

  const exportData = async () => {
    try {
      const data = await api.get<unknown>('/api/me/export');
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `nightchill-export-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };

  return (
    <section class="panel settings" aria-labelledby="settings-title">
      <h2 id="settings-title" tabIndex={-1}>
        Settings
      </h2>
      <fieldset disabled={saving}>
        <legend>Theme</legend>
        {themes.map((t) => (
          <label key={t.value} class="choice">
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={theme === t.value}
              onChange={() => void chooseTheme(t.value, t.label)}
            />
            {t.label}
          </label>
        ))}
        <p class="hint">Until you pick one, the page follows your device’s light or dark setting.</p>
      </fieldset>
      <fieldset disabled={saving}>
        <legend>Notifications</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={me.notificationsEnabled}
            onChange={(e) =>
              void save(
                { notificationsEnabled: e.currentTarget.checked },
                e.currentTarget.checked ? 'Live notifications on.' : 'Live notifications off.',
              )
            }
          />
          Show live notifications (they stay in the inbox either way)
        </label>
      </fieldset>
      <PushToggle />
      <fieldset disabled={saving}>
        <legend>Time zone</legend>
        <label for="time-zone">
          Streak days and session times use this zone, and so does every time on these screens
        </label>
        <select
          id="time-zone"
          value={me.timeZone}
          aria-describedby="time-zone-now"
          onChange={(e) => void save({ timeZone: e.currentTarget.value }, 'Time zone saved.')}
        >
          {zoneList.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
        <p class="hint" id="time-zone-now" data-testid="zone-now">
          It is {zoneNow(me.timeZone)} there now.
        </p>
        {device && device !== me.timeZone ? (
          <div class="zone-device" data-testid="zone-device">
            <p class="hint">
              This device is set to {device}, where it is {zoneNow(device)}.
            </p>
            <button
              type="button"
              class="secondary"
              onClick={() => void save({ timeZone: device }, `Time zone: ${device}, as on this device.`)}
            >
              Use this device’s zone
            </button>
          </div>
        ) : (
          <p class="hint">This device is set to the same zone.</p>
        )}
      </fieldset>
      <fieldset disabled={saving}>
        <legend>Help lines</legend>
        <label for="crisis-country">If you are ever in crisis, the assistant shows the help lines of</label>
        <select
          id="crisis-country"
          value={me.crisisCountry ?? ''}
          onChange={(e) => {
            const code = e.currentTarget.value || null;
            void save(
              { crisisCountry: code },
              code ? 'Help lines saved.' : 'Help lines follow your time zone.',
            );
          }}
        >
          <option value="">The country of my time zone</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>Your data</legend>
        <p>Download everything stored about you as a JSON file.</p>
        <button type="button" class="secondary" onClick={exportData}>
          Export my data
        </button>
      </fieldset>
      <ChangePassword />
      <DeleteAccount onDeleted={onDeleted} />
    </section>
  );
}
