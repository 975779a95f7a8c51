import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './api.ts';
import type { ChatClient } from './chat/client.ts';
import type { Inbox } from './notifications/inbox.ts';
import type { Store } from './store.ts';
import type { User } from './types.ts';

/** What every signed-in view may use: the API, the user, the chat, the inbox. */
export interface Services {
  api: Api;
  user: Store<User>;
  chat: ChatClient;
  inbox: Inbox;
  /** Bumped when check-ins or rewards change, so the journey view reloads. */
  journeyVersion: Store<number>;
  /** Changes the password (the request returns the new token) without signing this page out. */
  renewToken(change: () => Promise<string>): Promise<void>;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside the signed-in app');
  return s;
}
