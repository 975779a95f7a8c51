import type { scheduleTypes } from '../schema/mentors.ts';
import { cityNamed } from './cities.ts';
import { seedId } from './ids.ts';
import type { PlaceRow } from './places.ts';

/**
 * Sample accounts. These credentials are public (the README shows them): they exist so a fresh
 * `npm start` can be tried at once. Never seed a production database with them.
 *
 *   demo user   email demo@nightchill.local   username demo   password nightchill-demo
 *   mentors     <username>@nightchill.local   (usernames below)  password nightchill-mentor
 *   barista     barista@nightchill.local      username barista  password nightchill-barista
 *               (counter staff of Peaceful Grounds: the web client's Counter tab)
 *
 * All have given consent (so they can chat straight away) and have the role 'user'. Passwords are
 * hashed with bcrypt at the configured cost (BCRYPT_COST, 12 unless a test lowers it), once per
 * account: a rerun finds the account by e-mail and leaves it alone.
 */
export const DEMO_EMAIL = 'demo@nightchill.local';
export const DEMO_USERNAME = 'demo';
export const DEMO_PASSWORD = 'nightchill-demo';
export const MENTOR_PASSWORD = 'nightchill-mentor';
export const BARISTA_PASSWORD = 'nightchill-barista';

export interface AccountSeed {
  email: string;
  username: string;
  displayName: string;
  password: string;
  timeZone: string;
  bio: string | null;
}

export const demoAccount: AccountSeed = {
  email: DEMO_EMAIL,
  username: DEMO_USERNAME,
  displayName: 'Demo Explorer',
  password: DEMO_PASSWORD,
  timeZone: 'Europe/London',
  bio: 'Trying NightChill out: quiet cafés first, maybe a gym later.',
};

/** Counter staff of the Peaceful Grounds partner: redeems the demo user's coffee at the counter. */
export const baristaAccount: AccountSeed = {
  email: 'barista@nightchill.local',
  username: 'barista',
  displayName: 'Bea Barista',
  password: BARISTA_PASSWORD,
  timeZone: 'Europe/London',
  bio: null,
};

export interface MentorSeed {
  account: AccountSeed;
  title: string;
  specialization: string[];
  bio: string;
  scheduleType: (typeof scheduleTypes)[number];
  available: boolean;
  city: string;
  /** In-person mentors meet at their own studio, a place of type 'mentor' seeded with them. */
  studio: { name: string; lat: number; lng: number; address: string; postalCode: string } | null;
  /** Where a virtual-only mentor is based. */
  base: { lat: number; lng: number } | null;
}

function mentorAccount(username: string, displayName: string, city: string, bio: string): AccountSeed {
  return {
    email: `${username}@nightchill.local`,
    username,
    displayName,
    password: MENTOR_PASSWORD,
    timeZone: cityNamed(city).timeZone,
    bio,
  };
}

export const mentorSeeds: MentorSeed[] = [
  {
    account: mentorAccount('amara.okafor', 'Amara Okafor', 'London', 'Confidence coach in Islington.'),
    title: 'Social Anxiety Coach',
    specialization: ['social-anxiety', 'confidence', 'cbt-skills'],
    bio: 'I help people take small, planned steps back into cafés, classes and busy streets, at their pace. Sessions in my Islington room or by video.',
    scheduleType: 'both',
    available: true,
    city: 'London',
    studio: {
      name: 'Quiet Confidence Studio',
      lat: 51.5358,
      lng: -0.1034,
      address: '21 Upper Street',
      postalCode: 'N1 0PQ',
    },
    base: null,
  },
  {
    account: mentorAccount('tom.whitaker', 'Tom Whitaker', 'Manchester', 'Personal trainer turned mentor.'),
    title: 'Gym Confidence Mentor',
    specialization: ['gym-anxiety', 'beginner-fitness', 'strength-training'],
    bio: 'Former personal trainer. I walk you through a quiet gym before your first session and stay for the first workouts until it feels routine.',
    scheduleType: 'in-person',
    available: true,
    city: 'Manchester',
    studio: {
      name: 'First Steps Training Room',
      lat: 53.4842,
      lng: -2.2349,
      address: '14 Tib Street',
      postalCode: 'M4 1LA',
    },
    base: null,
  },
  {
    account: mentorAccount('siobhan.murphy', 'Siobhán Murphy', 'Dublin', 'Mindfulness teacher.'),
    title: 'Mindfulness Guide',
    specialization: ['mindfulness', 'breathing', 'sleep'],
    bio: 'Short, practical breathing and grounding practices you can use on the bus, in a queue or before you walk in somewhere new.',
    scheduleType: 'virtual',
    available: true,
    city: 'Dublin',
    studio: null,
    base: { lat: 53.3318, lng: -6.265 },
  },
  {
    account: mentorAccount('marcus.chen', 'Marcus Chen', 'New York', 'Peer mentor, Brooklyn.'),
    title: 'Peer Support Mentor',
    specialization: ['panic-attacks', 'crowds', 'commuting'],
    bio: 'I have lived with panic attacks on the subway. Now I help others plan routes, rehearse exits and build up to rush hour.',
    scheduleType: 'both',
    available: true,
    city: 'New York',
    studio: {
      name: 'Open Door Peer Support Room',
      lat: 40.7085,
      lng: -73.9575,
      address: '212 Bedford Avenue',
      postalCode: '11211',
    },
    base: null,
  },
  {
    account: mentorAccount('priya.raman', 'Priya Raman', 'Toronto', 'Registered dietitian.'),
    title: 'Registered Dietitian',
    specialization: ['nutrition', 'eating-anxiety', 'meal-planning'],
    bio: 'Relaxed, judgement-free nutrition sessions: eating out without stress, simple meal plans, food and mood.',
    scheduleType: 'both',
    available: true,
    city: 'Toronto',
    studio: {
      name: 'Food & Mood Consulting Room',
      lat: 43.6705,
      lng: -79.4068,
      address: '88 Harbord Street',
      postalCode: 'M5S 1G5',
    },
    base: null,
  },
  {
    account: mentorAccount('lena.vogel', 'Lena Vogel', 'Berlin', 'Exposure practice coach.'),
    title: 'Exposure Practice Coach',
    specialization: ['exposure-practice', 'social-anxiety', 'public-spaces'],
    bio: 'Together we plan small exposure steps in real places (a café, a market, a tram) and debrief afterwards. Sessions in English or German.',
    scheduleType: 'in-person',
    available: false,
    city: 'Berlin',
    studio: {
      name: 'Kleine Schritte Studio',
      lat: 52.499,
      lng: 13.4035,
      address: 'Bergmannstraße 42',
      postalCode: '10961',
    },
    base: null,
  },
  {
    account: mentorAccount('jack.thompson', 'Jack Thompson', 'Sydney', 'Outdoor wellbeing mentor.'),
    title: 'Outdoor Wellbeing Mentor',
    specialization: ['outdoor-exercise', 'running', 'motivation'],
    bio: 'Early-morning walks and easy runs before the city wakes up, planned together over video and done at your own pace.',
    scheduleType: 'virtual',
    available: true,
    city: 'Sydney',
    studio: null,
    base: { lat: -33.8915, lng: 151.2667 },
  },
];

export function accountId(email: string): string {
  return seedId('user', email);
}

export function mentorId(username: string): string {
  return seedId('mentor', username);
}

/** The studio of an in-person mentor, as a place of type 'mentor'. */
export function studioPlace(mentor: MentorSeed): PlaceRow | null {
  if (!mentor.studio) return null;
  const city = cityNamed(mentor.city);
  return {
    id: seedId('place', `studio:${mentor.account.username}`),
    name: mentor.studio.name,
    type: 'mentor',
    latitude: mentor.studio.lat,
    longitude: mentor.studio.lng,
    address: mentor.studio.address,
    city: city.name,
    stateProvince: city.stateProvince,
    country: city.country,
    postalCode: mentor.studio.postalCode,
    timeZone: city.timeZone,
    description: `${mentor.account.displayName}'s room: ${mentor.title.toLowerCase()}, one-to-one and by appointment.`,
    amenities: ['private-room', 'quiet-zone', 'step-free'],
    anxietyLevel: 'low',
    email: null,
    website: null,
    hours: {
      mon: ['09:00-12:30', '13:30-18:00'],
      tue: ['09:00-12:30', '13:30-18:00'],
      wed: ['09:00-12:30', '13:30-18:00'],
      thu: ['09:00-12:30', '13:30-18:00'],
      fri: ['09:00-12:30', '13:30-18:00'],
    },
    hasQrReward: false,
    isVerified: true,
    isBeginnerFriendly: true,
    partnerId: null,
  };
}
