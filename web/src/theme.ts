import { useEffect } from 'preact/hooks';
import { keys, store } from './storage.ts';
import { createStore, useStore } from './store.ts';
import type { ThemeMode, User } from './types.ts';

/** What the person chose in Settings, or 'device': follow the device's light or dark. */
export type ThemeChoice = ThemeMode | 'device';

const darkDevice = (): MediaQueryList | undefined =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

/** Bumped when a choice kept in this browser changes, so the page applies it at once. */
const choices = createStore(0);

/**
 * The account's theme as this page shows it. The server keeps light, dark or neon, light by
 * default, so it cannot tell "chose light" from "never chose": dark and neon are always a choice;
 * light is one once picked in Settings on this browser (remembered here), else the device decides.
 */
export function themeChoice(user: Pick<User, 'id' | 'themeMode'> | null): ThemeChoice {
  if (!user) return 'device';
  if (user.themeMode !== 'light') return user.themeMode;
  return store.get(keys.themePicked(user.id)) ? 'light' : 'device';
}

/** Remembers (or forgets, for 'device') that this account picked its theme on this browser. */
export function rememberThemeChoice(userId: string, choice: ThemeChoice): void {
  if (choice === 'device') store.remove(keys.themePicked(userId));
  else store.set(keys.themePicked(userId), '1');
  choices.set((n) => n + 1);
}

function apply(choice: ThemeChoice): void {
  document.documentElement.dataset.theme =
    choice === 'device' ? (darkDevice()?.matches ? 'dark' : 'light') : choice;
}

/** The account's theme choice, redrawn when it changes (on the server or in this browser). */
export function useThemeChoice(user: Pick<User, 'id' | 'themeMode'> | null): ThemeChoice {
  useStore(choices);
  return themeChoice(user);
}

/** Applies the theme to `<html data-theme>`, following the device's changes while it decides. */
export function useTheme(user: Pick<User, 'id' | 'themeMode'> | null): void {
  const choice = useThemeChoice(user);
  useEffect(() => {
    apply(choice);
    if (choice !== 'device') return;
    const query = darkDevice();
    const onChange = () => apply('device');
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, [choice]);
}

/** Before the first render: the device's theme, so a dark device never flashes light. */
export const applyDeviceTheme = () => apply('device');
