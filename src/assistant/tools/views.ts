import type { JourneyView } from '../../domain/journey/state.ts';
import { localTime } from '../../domain/local-time.ts';
import type { PublicLocation } from '../../domain/locations/schemas.ts';
import type { Session } from '../../domain/mentor-sessions/schemas.ts';
import type { Mentor } from '../../domain/mentors/schemas.ts';
import type { RewardView } from '../../domain/rewards/view.ts';
import { type SummaryLang, whenIn } from './summaries.ts';
import { userText } from './user-text.ts';

/**
 * What tools hand the model: small, flat, no secrets (QR codes, notes, coordinates of mentors),
 * free text clipped. Everything else a client needs comes from the HTTP API. Text other people
 * wrote goes through `userText` (cleaned of control-like text); unverified places and mentors say so.
 */

export const clip = (text: string | null | undefined, max: number): string | undefined => {
  if (!text) return undefined;
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export function placeView(p: PublicLocation & { distanceKm?: number }, descriptionMax = 160) {
  const description = userText(p.description, descriptionMax);
  return {
    id: p.id,
    name: userText(p.name, 120) ?? '(unnamed)',
    type: p.type,
    address: userText(`${p.address}, ${p.city}`, 160) ?? '',
    ...(p.distanceKm === undefined ? {} : { distanceKm: p.distanceKm }),
    quietness:
      p.anxietyLevel === 'low' ? 'quiet' : p.anxietyLevel === 'high' ? 'busy' : (p.anxietyLevel ?? 'unknown'),
    beginnerFriendly: p.isBeginnerFriendly,
    verified: p.isVerified,
    ...(p.isVerified ? {} : { unverified: true as const }),
    rating: p.rating,
    reviewCount: p.reviewCount,
    amenities: p.amenities
      .slice(0, 8)
      .map((a) => userText(a, 40))
      .filter((a): a is string => a !== undefined),
    coffeeReward: p.hasQrReward,
    ...(description ? { description } : {}),
  };
}

export type PlaceView = ReturnType<typeof placeView>;

const requirementLabel = {
  checkIns: 'check-ins',
  gymVisits: 'gym visits',
  mentorSessions: 'mentor sessions',
  streakDays: 'days in a row (best streak)',
} as const;

export function journeySummary(j: JourneyView) {
  return {
    level: j.level,
    currentStreak: j.currentStreak,
    longestStreak: j.longestStreak,
    totalCheckIns: j.totalCheckIns,
    gymVisits: j.gymVisits,
    mentorSessions: j.mentorSessions,
    completionPercentage: j.completionPercentage,
    milestonesReached: j.milestones
      .filter((m) => m.achieved)
      .slice(0, 12)
      .map((m) => m.title),
    nextLevel: j.nextLevel
      ? {
          level: j.nextLevel.level,
          requirements: j.nextLevel.requirements.slice(0, 6).map((r) => ({
            what: requirementLabel[r.name],
            have: r.current,
            need: r.target,
          })),
        }
      : null,
  };
}

export type JourneySummary = ReturnType<typeof journeySummary>;

export function rewardView(r: RewardView, timeZone: string) {
  return {
    id: r.id,
    title: userText(r.title, 80) ?? 'Reward',
    status: r.status,
    ...(r.partner ? { partner: userText(r.partner.name, 80) } : {}),
    earned: localTime(r.earnedAt, timeZone),
    ...(r.expiresAt ? { expires: localTime(r.expiresAt, timeZone) } : {}),
    locationId: r.locationId,
  };
}

export function mentorView(m: Mentor) {
  const bio = userText(m.bio, 160);
  return {
    id: m.id,
    name: userText(m.displayName, 80) ?? 'Mentor',
    title: userText(m.title, 80) ?? '',
    specialization: m.specialization
      .slice(0, 6)
      .map((s) => userText(s, 40))
      .filter((s): s is string => s !== undefined),
    meets: m.scheduleType ?? 'both',
    available: m.available,
    verified: m.verified,
    ...(m.verified ? {} : { unverified: true as const }),
    rating: m.rating,
    ...(m.distanceKm === undefined ? {} : { distanceKm: m.distanceKm }),
    ...(bio ? { bio } : {}),
  };
}

export type MentorView = ReturnType<typeof mentorView>;

/** A session as tools show it; `when` in the conversation's language (summaries.ts). */
export function sessionView(s: Session, timeZone: string, lang: SummaryLang = 'en') {
  return {
    id: s.id,
    mentor: userText(s.mentorDisplayName, 80) ?? 'Mentor',
    mentorId: s.mentorId,
    scheduledAt: s.scheduledAt,
    when: whenIn(s.scheduledAt, timeZone, lang),
    durationMinutes: s.durationMinutes,
    sessionType: s.sessionType,
    status: s.status,
  };
}

export type SessionView = ReturnType<typeof sessionView>;
