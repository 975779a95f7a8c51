import type { users } from '../../db/schema/index.ts';

type UserRow = typeof users.$inferSelect;

/** A user as the API shows them to themself: never the password hash or token version. */
export interface PublicUser {
  id: string;
  email: string;
  username: string;
  displayName: string;
  avatarUrl: string | null;
  bio: string | null;
  journeyLevel: number;
  currentStreak: number;
  longestStreak: number;
  totalCheckIns: number;
  themeMode: UserRow['themeMode'];
  notificationsEnabled: boolean;
  consentGiven: boolean;
  consentDate: Date | null;
  timeZone: string;
  /** The country whose crisis lines to show; null follows the time zone. */
  crisisCountry: string | null;
  role: UserRow['role'];
  createdAt: Date;
  updatedAt: Date;
  lastLogin: Date | null;
}

export function toPublicUser(row: UserRow): PublicUser {
  const { passwordHash: _hash, tokenVersion: _tv, ...rest } = row;
  return rest;
}
