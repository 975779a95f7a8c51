import type { partnershipLevels } from '../schema/partners.ts';
import { seedId } from './ids.ts';

export type PartnerKey =
  | 'peaceful-grounds'
  | 'stillwater'
  | 'hush-roasters'
  | 'gentle-gains'
  | 'green-spoon'
  | 'open-pages'
  | 'calm-commons';

export interface PartnerSeed {
  key: PartnerKey;
  name: string;
  type: string;
  partnershipLevel: (typeof partnershipLevels)[number];
  description: string;
}

/**
 * Partner organisations. Coffee partners fund the QR coffee rewards at their cafés; the others
 * run partner venues (library quiet rooms, co-working) or offer gym passes and nutrition sessions.
 * Contact details use the reserved .example domain.
 */
export const partnerSeeds: PartnerSeed[] = [
  {
    key: 'peaceful-grounds',
    name: 'Peaceful Grounds Coffee Co.',
    type: 'coffee',
    partnershipLevel: 'gold',
    description: 'Independent UK cafés with table service and a quiet room; a free coffee for check-ins.',
  },
  {
    key: 'stillwater',
    name: 'Stillwater Coffee Collective',
    type: 'coffee',
    partnershipLevel: 'platinum',
    description: 'A network of calm cafés in ten cities. Low music, spaced tables, order from your seat.',
  },
  {
    key: 'hush-roasters',
    name: 'Hush Roasters',
    type: 'coffee',
    partnershipLevel: 'silver',
    description: 'Small-batch roasters whose cafés keep quiet mornings before 10:00.',
  },
  {
    key: 'gentle-gains',
    name: 'Gentle Gains Fitness',
    type: 'gym',
    partnershipLevel: 'gold',
    description: 'Beginner-first gyms with quiet hours, small classes and staff who will show you around.',
  },
  {
    key: 'green-spoon',
    name: 'Green Spoon Nutrition',
    type: 'nutrition',
    partnershipLevel: 'bronze',
    description: 'Registered dietitians offering relaxed one-to-one sessions and small group workshops.',
  },
  {
    key: 'open-pages',
    name: 'Open Pages Libraries',
    type: 'community',
    partnershipLevel: 'silver',
    description: 'Public library quiet rooms, bookable for an hour of calm with no need to talk to anyone.',
  },
  {
    key: 'calm-commons',
    name: 'Calm Commons',
    type: 'coworking',
    partnershipLevel: 'bronze',
    description: 'Low-key co-working and community rooms with phone-free zones.',
  },
];

export function partnerId(key: PartnerKey): string {
  return seedId('partner', key);
}

export function partnerRows() {
  return partnerSeeds.map((p) => ({
    id: partnerId(p.key),
    name: p.name,
    type: p.type,
    email: `partners@${p.key}.example`,
    website: `https://${p.key}.example`,
    description: p.description,
    partnershipLevel: p.partnershipLevel,
    active: true,
  }));
}
