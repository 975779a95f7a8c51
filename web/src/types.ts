/** The server's JSON, as the client reads it (docs/api-*.md, docs/realtime.md, src/realtime/events.ts). */

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

export type PlaceType = 'coffee' | 'gym' | 'mentor' | 'nutrition' | 'partner';

export interface Place {
  id: string;
  name: string;
  type: PlaceType;
  latitude: number;
  longitude: number;
  address: string;
  city: string;
  anxietyLevel: 'low' | 'medium' | 'high' | null;
  isBeginnerFriendly: boolean;
  hasQrReward: boolean;
  distanceKm?: number;
}

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

export interface WireMessage {
  id: string;
  role: 'user' | 'assistant' | 'system';
  content: string;
  createdAt: string;
  clientMessageId?: string;
  replyTo?: string;
  proposal?: { id: string; summary: string; expiresAt: string };
}

export interface ToolEvent {
  turnId: string;
  name: string;
  status: 'started' | 'done' | 'failed';
  summary?: string;
  /** With `done` of search_locations: the places found, shaped as GET /api/locations returns them. */
  places?: Place[];
}

export interface ErrorBody {
  code: string;
  message: string;
}

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ErrorBody };
