import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { rememberThemeChoice, type ThemeChoice, themeChoice, useThemeChoice } from '../theme.ts';
import type { User } from '../types.ts';
import { clockTime, deviceZone, zoneOffset } from '../ui/time.ts';
import { toast } from '../ui/toasts.tsx';
import { useNow } from '../ui/when.tsx';
import { ChangePassword } from './change-password.tsx';
import { DeleteAccount } from './delete-account.tsx';
import { LanguagePicker } from './language-picker.tsx';
import { PushToggle } from './push-toggle.tsx';

const themes: ThemeChoice[] = ['device', 'light', 'dark', 'neon'];

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** Language, theme, notifications, time zone, data export, the password and account deletion. */
export function SettingsView({ onDeleted }: { onDeleted: () => void }) {
  const { api, user } = useServices();
  const { m, fill, locale } = useI18n();
  const me = useStore(user);
  const theme = useThemeChoice(me);
  const [saving, setSaving] = useState(false);
  const zoneList = useMemo(() => zones(me.timeZone), [me.timeZone]);
  const now = useNow();
  const device = deviceZone();
  const zoneNow = (zone: string) => ({
    time: clockTime(now, { zone, now, locale }),
    offset: zoneOffset(zone, now, locale),
  });
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
  const chooseTheme = async (choice: ThemeChoice) => {
    const before = themeChoice(user.get());
    rememberThemeChoice(me.id, choice);
    const themeMode = choice === 'device' ? 'light' : choice;
    const said = fill(m.settings.themeSaved, { label: m.settings.themes[choice] });
    if (user.get().themeMode === themeMode) {
      toast(said, 'success');
      return;
    }
    if (!(await save({ themeMode }, said))) rememberThemeChoice(me.id, before);
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
        {m.settings.title}
      </h2>
      <LanguagePicker />
      <fieldset disabled={saving}>
        <legend>{m.settings.theme}</legend>
        {themes.map((t) => (
          <label key={t} class="choice">
            <input
              type="radio"
              name="theme"
              value={t}
              checked={theme === t}
              onChange={() => void chooseTheme(t)}
            />
            {m.settings.themes[t]}
          </label>
        ))}
        <p class="hint">{m.settings.themeHint}</p>
      </fieldset>
      <fieldset disabled={saving}>
        <legend>{m.settings.notifications}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={me.notificationsEnabled}
            onChange={(e) =>
              void save(
                { notificationsEnabled: e.currentTarget.checked },
                e.currentTarget.checked ? m.settings.liveOn : m.settings.liveOff,
              )
            }
          />
          {m.settings.liveNotifications}
        </label>
      </fieldset>
      <PushToggle />
      <fieldset disabled={saving}>
        <legend>{m.settings.timeZone}</legend>
        <label for="time-zone">{m.settings.timeZoneLabel}</label>
        <select
          id="time-zone"
          value={me.timeZone}
          aria-describedby="time-zone-now"
          onChange={(e) => void save({ timeZone: e.currentTarget.value }, m.settings.zoneSaved)}
        >
          {zoneList.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
        <p class="hint" id="time-zone-now" data-testid="zone-now">
          {fill(m.settings.zoneNow, zoneNow(me.timeZone))}
        </p>
        {device && device !== me.timeZone ? (
          <div class="zone-device" data-testid="zone-device">
            <p class="hint">{fill(m.settings.deviceZone, { zone: device, ...zoneNow(device) })}</p>
            <button
              type="button"
              class="secondary"
              onClick={() =>
                void save({ timeZone: device }, fill(m.settings.zoneFromDevice, { zone: device }))
              }
            >
              {m.settings.useDeviceZone}
            </button>
          </div>
        ) : (
          <p class="hint">{m.settings.sameZone}</p>
        )}
      </fieldset>
      <fieldset disabled={saving}>
        <legend>{m.settings.helpLines}</legend>
        <label for="crisis-country">{m.settings.helpLinesLabel}</label>
        <select
          id="crisis-country"
          value={me.crisisCountry ?? ''}
          onChange={(e) => {
            const code = e.currentTarget.value || null;
            void save(
              { crisisCountry: code },
              code ? m.settings.helpLinesSaved : m.settings.helpLinesFollowZone,
            );
          }}
        >
          <option value="">{m.settings.helpLinesZone}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{m.settings.yourData}</legend>
        <p>{m.settings.exportText}</p>
        <button type="button" class="secondary" onClick={exportData}>
          {m.settings.export}
        </button>
      </fieldset>
      <ChangePassword />
      <DeleteAccount onDeleted={onDeleted} />
    </section>
  );
}
