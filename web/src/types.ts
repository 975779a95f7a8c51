/**
 * The server's REST JSON, as the client reads it (docs/api-*.md). Socket payloads (messages, tool
 * events, live notifications and sessions, errors) are the server's contract, src/contract/socket.ts.
 */
import type { WirePlace } from '../../src/contract/socket.ts';

export type ThemeMode = 'light' | 'dark' | 'neon';

export interface User {
  id: string;
  email: string;
  username: string;
  displayName: string;
  themeMode: ThemeMode;
  notificationsEnabled: boolean;
  consentGiven: boolean;
  consentDate: string | null;
  timeZone: string;
  /** The country whose crisis lines the assistant shows; null follows the time zone. */
  crisisCountry: string | null;
  journeyLevel: number;
  currentStreak: number;
}

/** A place as REST search results and the assistant's tool events carry it, the fields the client uses. */
export type Place = WirePlace;
export type PlaceType = Place['type'];

export interface Milestone {
  id: string;
  title: string;
  achieved: boolean;
  achievedAt?: string;
}

export interface Journey {
  level: number;
  currentStreak: number;
  longestStreak: number;
  totalCheckIns: number;
  completionPercentage: number;
  milestones: Milestone[];
  nextLevel: { level: number; requirements: { name: string; current: number; target: number }[] } | null;
}

export interface Reward {
  id: string;
  title: string;
  description: string | null;
  qrCode: string | null;
  expiresAt: string | null;
  status: 'active' | 'redeemed' | 'expired';
  partner?: { name: string };
  earnedAt: string;
}

export interface CheckInResult {
  checkIn: { id: string };
  journey: Journey;
  reward?: Reward;
  duplicate: boolean;
  levelUp: { from: number; to: number } | null;
  newMilestones: { id: string; title: string }[];
}

export interface InboxNotification {
  id: string;
  type: string;
  title: string;
  message: string;
  actionUrl?: string | null;
  read?: boolean;
  createdAt: string;
  /** A reminder set for later: when it fired (the live push already carries that as createdAt). */
  deliverAt?: string | null;
}

export interface MentorSession {
  id: string;
  role: 'user' | 'mentor';
  mentorDisplayName: string;
  userDisplayName: string;
  scheduledAt: string;
  endsAt: string;
  durationMinutes: number;
  sessionType: 'in-person' | 'virtual' | null;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no-show';
  userNotes: string | null;
}
