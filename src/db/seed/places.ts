import type { anxietyLevels, locations, locationTypes, OpeningHours } from '../schema/locations.ts';
import { type City, cities, type Neighbourhood } from './cities.ts';
import { seedId } from './ids.ts';
import { type PartnerKey, partnerId } from './partners.ts';
import { chance, fillTemplate, gaussian, int, pick, type Rng, rngFor, sample, weighted } from './random.ts';

type LocationInsert = typeof locations.$inferInsert;

/** One place as the seed writes it (every other column keeps its default). */
export type PlaceRow = Required<
  Pick<
    LocationInsert,
    | 'id'
    | 'name'
    | 'type'
    | 'latitude'
    | 'longitude'
    | 'address'
    | 'city'
    | 'stateProvince'
    | 'country'
    | 'postalCode'
    | 'timeZone'
    | 'description'
    | 'amenities'
    | 'anxietyLevel'
    | 'email'
    | 'website'
    | 'hours'
    | 'hasQrReward'
    | 'isVerified'
    | 'isBeginnerFriendly'
    | 'partnerId'
  >
>;

type PlaceType = (typeof locationTypes)[number];
type AnxietyLevel = (typeof anxietyLevels)[number];

/** The amenity tags sample places carry (free text in the schema; these are the ones clients filter on). */
export const amenityTags = [
  'quiet-zone',
  'wifi',
  'step-free',
  'outdoor-seating',
  'low-lighting',
  'small-classes',
  'headphones-welcome',
  'table-service',
  'quiet-hours',
  'private-room',
] as const;
type Amenity = (typeof amenityTags)[number];

// ---------------------------------------------------------------------------------------------
// The seed's three London places (database-schema.md, "Sample Data"): names, coordinates,
// addresses and flags exactly as it inserts them, plus the columns this schema added (time zone)
// and what the seed left empty (hours, amenities, a description, the café's reward partner).

const london = { city: 'London', country: 'UK', stateProvince: null, timeZone: 'Europe/London' } as const;

export const londonSeedPlaces: PlaceRow[] = [
  {
    id: seedId('place', 'london:peaceful-grounds-cafe'),
    name: 'Peaceful Grounds Café',
    type: 'coffee',
    latitude: 51.5074,
    longitude: -0.1278,
    address: '123 Calm Street',
    ...london,
    postalCode: null,
    anxietyLevel: 'low',
    isVerified: true,
    isBeginnerFriendly: true,
    hasQrReward: true,
    partnerId: partnerId('peaceful-grounds'),
    description:
      'Table service, so there is no queue to stand in. A quiet back room with soft lighting and plenty of space between tables.',
    amenities: ['quiet-zone', 'wifi', 'table-service', 'low-lighting', 'step-free'],
    hours: {
      mon: ['07:30-18:00'],
      tue: ['07:30-18:00'],
      wed: ['07:30-18:00'],
      thu: ['07:30-18:00'],
      fri: ['07:30-18:00'],
      sat: ['08:30-17:00'],
      sun: ['09:00-16:00'],
    },
    email: null,
    website: null,
  },
  {
    id: seedId('place', 'london:beginner-fitness-hub'),
    name: 'Beginner Fitness Hub',
    type: 'gym',
    latitude: 51.5085,
    longitude: -0.129,
    address: '45 Support Lane',
    ...london,
    postalCode: null,
    anxietyLevel: 'low',
    isVerified: true,
    isBeginnerFriendly: true,
    hasQrReward: false,
    partnerId: null,
    description:
      'Staff show every newcomer around before their first session. Small classes capped at eight people.',
    amenities: ['small-classes', 'quiet-hours', 'step-free', 'headphones-welcome'],
    hours: {
      mon: ['06:30-21:00'],
      tue: ['06:30-21:00'],
      wed: ['06:30-21:00'],
      thu: ['06:30-21:00'],
      fri: ['06:30-21:00'],
      sat: ['08:00-18:00'],
      sun: ['09:00-16:00'],
    },
    email: null,
    website: null,
  },
  {
    id: seedId('place', 'london:the-quiet-gym'),
    name: 'The Quiet Gym',
    type: 'gym',
    latitude: 51.51,
    longitude: -0.13,
    address: '78 Structure Road',
    ...london,
    postalCode: null,
    anxietyLevel: 'medium',
    isVerified: true,
    isBeginnerFriendly: true,
    hasQrReward: false,
    partnerId: null,
    description: 'No music on the main floor and a phone-free stretching room. Busiest after 17:00.',
    amenities: ['quiet-zone', 'headphones-welcome', 'low-lighting'],
    hours: {
      mon: ['06:00-22:00'],
      tue: ['06:00-22:00'],
      wed: ['06:00-22:00'],
      thu: ['06:00-22:00'],
      fri: ['06:00-22:00'],
      sat: ['08:00-20:00'],
      sun: ['08:00-20:00'],
    },
    email: null,
    website: null,
  },
];

// ---------------------------------------------------------------------------------------------
// The generator. Every field of place n is drawn from rngFor(stream, n), so any slice of a large
// set can be generated on its own, in any order, with the same result.

const adjectives = [
  'Quiet',
  'Gentle',
  'Still',
  'Slow',
  'Soft',
  'Hush',
  'Little',
  'Morning',
  'Lantern',
  'Willow',
  'Fern',
  'Moss',
  'Cedar',
  'Harbour',
  'Meadow',
  'Linen',
  'Pebble',
  'Drift',
  'Kind',
  'Open Door',
];

const nouns: Record<PlaceType, string[]> = {
  coffee: ['Cup', 'Coffee', 'Coffee Room', 'Roasters', 'Kitchen', 'Café', 'Table', 'Pour', 'Espresso Bar'],
  gym: ['Strength Studio', 'Movement Studio', 'Fitness Club', 'Gym', 'Training Rooms', 'Swim & Gym'],
  mentor: [
    'Coaching Room',
    'Mentoring Studio',
    'Peer Support Room',
    'Wellbeing Practice',
    'Counselling Rooms',
  ],
  nutrition: ['Nutrition Clinic', 'Dietitians', 'Food & Mood Studio', 'Nutrition Kitchen'],
  partner: ['Community Room', 'Reading Room', 'Wellbeing Hub'],
};

/** Places run by a partner carry its name; the rest get an independent-sounding one. */
const partnerBrand: Partial<Record<PartnerKey, string>> = {
  'peaceful-grounds': 'Peaceful Grounds',
  stillwater: 'Stillwater',
  'hush-roasters': 'Hush Roasters',
  'gentle-gains': 'Gentle Gains',
  'green-spoon': 'Green Spoon',
  'calm-commons': 'Calm Commons',
};

const descriptions: Record<PlaceType, string[]> = {
  coffee: [
    'Table service, so there is no queue to stand in.',
    'Low music and plenty of space between tables.',
    'A quiet back room with soft lighting.',
    'Order ahead and pick up from a side window.',
    'Quietest before 10:00 and after 15:00.',
    'Staff are happy for you to sit as long as you like.',
  ],
  gym: [
    'Staff show every newcomer around before the first session.',
    'Quiet hours with no music on weekday mornings.',
    'Small classes capped at eight people.',
    'Private changing cubicles.',
    'Busiest after 17:00; mornings are calm.',
    'Beginner inductions one-to-one, never in a group.',
  ],
  mentor: [
    'One-to-one sessions in a small private room.',
    'Walk-and-talk sessions outdoors if a room feels like too much.',
    'A calm waiting area with no reception desk.',
    'Sessions can start online and move in person when you are ready.',
    'Peer mentors with lived experience of anxiety.',
  ],
  nutrition: [
    'Relaxed one-to-one sessions with a registered dietitian.',
    'Small group workshops on eating well on busy days.',
    'A quiet consulting room away from the street.',
    'First session can be by video call.',
    'Gentle, judgement-free advice on food and mood.',
  ],
  partner: [
    'A bookable quiet room, free for an hour at a time.',
    'Phone-free zones and soft seating.',
    'No need to talk to anyone: book online and walk in.',
    'Calm community space run with NightChill.',
    'Quietest on weekday mornings.',
  ],
};

const amenityPool: Record<PlaceType, Amenity[]> = {
  coffee: [
    'wifi',
    'quiet-zone',
    'outdoor-seating',
    'low-lighting',
    'headphones-welcome',
    'step-free',
    'table-service',
  ],
  gym: ['small-classes', 'quiet-hours', 'headphones-welcome', 'step-free', 'low-lighting', 'private-room'],
  mentor: ['private-room', 'quiet-zone', 'step-free', 'wifi', 'low-lighting'],
  nutrition: ['private-room', 'step-free', 'small-classes', 'wifi', 'quiet-zone'],
  partner: ['quiet-zone', 'wifi', 'step-free', 'private-room', 'headphones-welcome', 'low-lighting'],
};

const anxietyWeights: Record<PlaceType, (readonly [AnxietyLevel, number])[]> = {
  coffee: [
    ['low', 55],
    ['medium', 35],
    ['high', 10],
  ],
  gym: [
    ['low', 30],
    ['medium', 45],
    ['high', 25],
  ],
  mentor: [
    ['low', 70],
    ['medium', 25],
    ['high', 5],
  ],
  nutrition: [
    ['low', 60],
    ['medium', 35],
    ['high', 5],
  ],
  partner: [
    ['low', 65],
    ['medium', 30],
    ['high', 5],
  ],
};

const typeWeights: (readonly [PlaceType, number])[] = [
  ['coffee', 35],
  ['gym', 25],
  ['nutrition', 12],
  ['mentor', 10],
  ['partner', 18],
];

type Day = keyof OpeningHours;
const weekdays: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const everyDay: Day[] = [...weekdays, 'sat', 'sun'];

function days(list: Day[], ranges: string[]): OpeningHours {
  return Object.fromEntries(list.map((d) => [d, ranges]));
}

/** Local opening hours; no range crosses midnight, and a day that is absent is closed. */
const hoursTemplates: Record<PlaceType, OpeningHours[]> = {
  coffee: [
    { ...days(weekdays, ['07:30-18:00']), sat: ['08:30-17:00'], sun: ['09:00-16:00'] },
    { ...days(weekdays, ['08:00-16:00']), sat: ['09:00-15:00'] },
    days(everyDay, ['07:00-19:00']),
  ],
  gym: [
    { ...days(weekdays, ['06:00-22:00']), ...days(['sat', 'sun'], ['08:00-20:00']) },
    { ...days(weekdays, ['06:30-09:30', '16:00-21:00']), sat: ['09:00-14:00'] },
    days(everyDay, ['05:30-23:00']),
  ],
  mentor: [
    days(weekdays, ['09:00-12:30', '13:30-18:00']),
    days(['tue', 'wed', 'thu', 'fri', 'sat'], ['10:00-19:00']),
  ],
  nutrition: [
    days(weekdays, ['09:00-17:30']),
    { ...days(['mon', 'wed', 'fri'], ['08:30-16:00']), sat: ['10:00-13:00'] },
  ],
  partner: [
    { ...days(weekdays, ['09:00-20:00']), sat: ['10:00-17:00'], sun: ['12:00-16:00'] },
    days([...weekdays, 'sat'], ['08:00-18:00']),
  ],
};

function shiftTime(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function shiftHours(template: OpeningHours, minutes: number): OpeningHours {
  const out: OpeningHours = {};
  for (const [day, ranges] of Object.entries(template) as [Day, string[]][]) {
    out[day] = ranges.map((r) => {
      const [from, to] = r.split('-') as [string, string];
      return `${shiftTime(from, minutes)}-${shiftTime(to, minutes)}`;
    });
  }
  return out;
}

const hourShifts = [-30, 0, 0, 30];

/** Each template moved by -30, 0 or +30 minutes (templates open at 05:30 or later, close by 23:00). */
const hoursVariants = Object.fromEntries(
  Object.entries(hoursTemplates).map(([type, templates]) => [
    type,
    templates.map((t) => hourShifts.map((m) => shiftHours(t, m))),
  ]),
) as Record<PlaceType, OpeningHours[][]>;

function hoursFor(rng: Rng, type: PlaceType): OpeningHours {
  return pick(rng, pick(rng, hoursVariants[type]));
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function partnerFor(rng: Rng, type: PlaceType, city: City): PartnerKey | null {
  switch (type) {
    case 'coffee':
      if (!chance(rng, 0.4)) return null;
      return city.country === 'UK'
        ? pick(rng, ['peaceful-grounds', 'stillwater', 'hush-roasters'] as const)
        : pick(rng, ['stillwater', 'hush-roasters'] as const);
    case 'gym':
      return chance(rng, 0.25) ? 'gentle-gains' : null;
    case 'nutrition':
      return chance(rng, 0.3) ? 'green-spoon' : null;
    case 'partner':
      return pick(rng, ['open-pages', 'calm-commons'] as const);
    default:
      return null;
  }
}

function nameFor(rng: Rng, type: PlaceType, partner: PartnerKey | null, hood: Neighbourhood): string {
  if (partner === 'open-pages') return `${hood.name} Library Quiet Room`;
  const brand = partner ? partnerBrand[partner] : undefined;
  if (brand) return `${brand} ${hood.name}`;
  const adjective = pick(rng, adjectives);
  const noun = pick(rng, nouns[type]);
  return weighted(rng, [
    [`${adjective} ${noun}`, 4],
    [`The ${adjective} ${noun}`, 2],
    [`${hood.name} ${noun}`, 2],
  ] as const);
}

function addressFor(rng: Rng, city: City, hood: Neighbourhood): string {
  const street = pick(rng, hood.streets);
  const number = int(rng, 1, city.country === 'USA' ? 480 : 160);
  return city.addressStyle === 'street-first' ? `${street} ${number}` : `${number} ${street}`;
}

function inBounds(city: City, latitude: number, longitude: number): boolean {
  const b = city.bounds;
  if (!b) return true;
  return (
    (b.minLat === undefined || latitude >= b.minLat) &&
    (b.maxLat === undefined || latitude <= b.maxLat) &&
    (b.minLng === undefined || longitude >= b.minLng) &&
    (b.maxLng === undefined || longitude <= b.maxLng)
  );
}

/**
 * A point normally distributed around (lat, lng) with the given spread in km, redrawn (a few
 * times, then the centre itself) while it falls outside the city's bounds.
 */
function scatter(
  rng: Rng,
  city: City,
  lat: number,
  lng: number,
  km: number,
): { latitude: number; longitude: number } {
  const kmPerLng = 111.32 * Math.cos((lat * Math.PI) / 180);
  for (let attempt = 0; attempt < 8; attempt++) {
    const latitude = round6(lat + (gaussian(rng) * km) / 111.32);
    const longitude = round6(lng + (gaussian(rng) * km) / kmPerLng);
    if (inBounds(city, latitude, longitude)) return { latitude, longitude };
  }
  return { latitude: lat, longitude: lng };
}

function nearestNeighbourhood(city: City, latitude: number, longitude: number): Neighbourhood {
  const cos = Math.cos((latitude * Math.PI) / 180);
  let best = city.neighbourhoods[0] as Neighbourhood;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const hood of city.neighbourhoods) {
    const d = (hood.lat - latitude) ** 2 + ((hood.lng - longitude) * cos) ** 2;
    if (d < bestDistance) {
      best = hood;
      bestDistance = d;
    }
  }
  return best;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export interface SpreadOptions {
  /** Share of places in a neighbourhood cluster; the rest spread over the whole city. */
  clusterShare: number;
  clusterKm: number;
  cityKm: number;
}

export const sampleSpread: SpreadOptions = { clusterShare: 0.7, clusterKm: 0.6, cityKm: 3 };
export const bulkSpread: SpreadOptions = { clusterShare: 0.8, clusterKm: 0.8, cityKm: 6 };

/** One generated place in `city`, entirely determined by rng. */
export function generatePlace(rng: Rng, id: string, city: City, spread: SpreadOptions): PlaceRow {
  const type = weighted(rng, typeWeights);
  const cluster = pick(rng, city.neighbourhoods);
  const point = chance(rng, spread.clusterShare)
    ? scatter(rng, city, cluster.lat, cluster.lng, spread.clusterKm)
    : scatter(rng, city, city.lat, city.lng, spread.cityKm);
  // Named, addressed and postcoded after the neighbourhood it landed in.
  const hood = nearestNeighbourhood(city, point.latitude, point.longitude);
  const partner = partnerFor(rng, type, city);
  const name = nameFor(rng, type, partner, hood);
  const site = slug(name);
  const pool = amenityPool[type];
  return {
    id,
    name,
    type,
    ...point,
    address: addressFor(rng, city, hood),
    city: city.name,
    stateProvince: city.stateProvince,
    country: city.country,
    postalCode: fillTemplate(rng, pick(rng, hood.postcodes)),
    timeZone: city.timeZone,
    description: sample(rng, descriptions[type], 2).join(' '),
    amenities: sample(rng, pool, int(rng, 2, Math.min(4, pool.length))),
    anxietyLevel: weighted(rng, anxietyWeights[type]),
    email: chance(rng, 0.3) ? `hello@${site}.example` : null,
    website: chance(rng, 0.5) ? `https://${site}.example` : null,
    hours: hoursFor(rng, type),
    // QR coffee rewards are funded by a coffee partner, so only its cafés offer them.
    hasQrReward: type === 'coffee' && partner !== null,
    isVerified: chance(rng, 0.85),
    isBeginnerFriendly: chance(rng, type === 'gym' ? 0.55 : 0.65),
    partnerId: partner ? partnerId(partner) : null,
  };
}

/**
 * The realistic sample set: each city's sampleCount places (about three hundred in all). Names are
 * unique within a city (the assistant is asked for places by name): a repeat gets its street.
 */
export function samplePlaces(): PlaceRow[] {
  const out: PlaceRow[] = [];
  for (const city of cities) {
    const names = new Set<string>();
    for (let n = 0; n < city.sampleCount; n++) {
      const place = generatePlace(
        rngFor(`sample:${city.name}`, n),
        seedId('place', `sample:${city.name}:${n}`),
        city,
        sampleSpread,
      );
      const street = place.address.replace(/^\d+ | \d+$/g, '');
      let name = place.name;
      if (names.has(name)) name = `${place.name}, ${street}`;
      for (let k = 2; names.has(name); k++) name = `${place.name}, ${street} ${k}`;
      names.add(name);
      out.push({ ...place, name });
    }
  }
  return out;
}

const bulkCityWeights = cities.map((c) => [c, c.weight] as const);

export function bulkPlaceId(n: number): string {
  return seedId('place', `bulk:${n}`);
}

/** Place n of the large benchmark set: a city by weight, mostly in a dense neighbourhood cluster. */
export function bulkPlace(n: number): PlaceRow {
  const rng = rngFor('bulk', n);
  return generatePlace(rng, bulkPlaceId(n), weighted(rng, bulkCityWeights), bulkSpread);
}
