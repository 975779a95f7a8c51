import { inArray, sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { hashPassword } from '../../domain/accounts/passwords.ts';
import { journeyProgress } from '../schema/journey-progress.ts';
import { locations } from '../schema/locations.ts';
import { mentors } from '../schema/mentors.ts';
import { partnerStaff } from '../schema/partner-staff.ts';
import { partners } from '../schema/partners.ts';
import { users } from '../schema/users.ts';
import { asSystem, type Tx } from '../tx.ts';
import {
  type AccountSeed,
  accountId,
  baristaAccount,
  demoAccount,
  mentorId,
  mentorSeeds,
  studioPlace,
} from './accounts.ts';
import { seedBulkPlaces } from './bulk.ts';
import { partnerId, partnerRows } from './partners.ts';
import { londonSeedPlaces, type PlaceRow, samplePlaces } from './places.ts';
import { insertPlaces } from './write.ts';

export { DEMO_EMAIL, DEMO_PASSWORD, DEMO_USERNAME, MENTOR_PASSWORD } from './accounts.ts';

/**
 * Sample data: the seed's three London places, about three hundred generated places over ten
 * cities, partners, seven mentors with accounts and a demo user (credentials in ./accounts.ts),
 * and on request a large generated set for benchmarks. Every row has a fixed id (UUIDv5, ./ids.ts)
 * and is inserted with ON CONFLICT DO NOTHING, accounts are looked up by e-mail first: seeding
 * again changes nothing, and a row someone edited stays as they left it.
 */

export interface SeedOptions {
  /**
   * Also make generated places 0..N-1 for benchmarks. Place n has a fixed id, so a rerun adds
   * nothing, a larger N later adds the difference, and a smaller one removes nothing.
   */
  locations?: number;
  /** Rows per INSERT of the large set (default 5,000). */
  batchSize?: number;
  /** Called after each batch of the large set. */
  onProgress?: (done: number, total: number) => void;
}

/** Rows this run inserted (0 everywhere on a rerun). */
export interface SeedSummary {
  partners: number;
  places: number;
  accounts: number;
  mentors: number;
  bulkPlaces: number;
}

/** Seeders running at once (instances starting together) take turns. */
const SEED_LOCK = 7_314_159_266;

export const MAX_BULK_LOCATIONS = 50_000_000;

export async function seed(deps: Deps, options: SeedOptions = {}): Promise<SeedSummary> {
  const total = options.locations ?? 0;
  if (!Number.isSafeInteger(total) || total < 0 || total > MAX_BULK_LOCATIONS) {
    throw new RangeError(`locations must be an integer from 0 to ${MAX_BULK_LOCATIONS}`);
  }
  if (
    options.batchSize !== undefined &&
    !(Number.isSafeInteger(options.batchSize) && options.batchSize > 0)
  ) {
    throw new RangeError('batchSize must be a positive integer');
  }
  const sample = await asSystem(deps.database.db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    return seedSample(tx, deps);
  });
  const bulkPlaces =
    total > 0
      ? await seedBulkPlaces(deps, total, { batchSize: options.batchSize, onProgress: options.onProgress })
      : 0;
  return { ...sample, bulkPlaces };
}

/** At start-up: the sample data, only into a database without any places. */
export async function seedIfEmpty(deps: Deps): Promise<void> {
  const summary = await asSystem(deps.database.db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const any = await tx.select({ id: locations.id }).from(locations).limit(1);
    return any.length > 0 ? undefined : seedSample(tx, deps);
  });
  if (summary) deps.logger.info(summary, 'sample data seeded into the empty database');
}

async function seedSample(tx: Tx, deps: Deps): Promise<Omit<SeedSummary, 'bulkPlaces'>> {
  const insertedPartners = await tx
    .insert(partners)
    .values(partnerRows())
    .onConflictDoNothing()
    .returning({ id: partners.id });

  const studios = mentorSeeds.map(studioPlace).filter((p): p is PlaceRow => p !== null);
  const places = [...londonSeedPlaces, ...studios, ...samplePlaces()];
  let insertedPlaces = 0;
  for (let i = 0; i < places.length; i += 1000) {
    insertedPlaces += await insertPlaces(tx, places.slice(i, i + 1000));
  }

  const accounts = [demoAccount, baristaAccount, ...mentorSeeds.map((m) => m.account)];
  const { ids, inserted: insertedAccounts } = await ensureAccounts(tx, deps, accounts);
  const barista = ids.get(baristaAccount.email);
  if (barista) {
    await tx
      .insert(partnerStaff)
      .values({ userId: barista, partnerId: partnerId('peaceful-grounds') })
      .onConflictDoNothing();
  }

  if (ids.size > 0) {
    await tx
      .insert(journeyProgress)
      .values([...ids.values()].map((userId) => ({ userId })))
      .onConflictDoNothing();
  }

  const mentorRows = mentorSeeds.flatMap((m) => {
    const userId = ids.get(m.account.email);
    if (!userId) return [];
    const point = m.studio ?? m.base;
    return [
      {
        id: mentorId(m.account.username),
        userId,
        title: m.title,
        specialization: m.specialization,
        bio: m.bio,
        verified: true,
        available: m.available,
        scheduleType: m.scheduleType,
        locationId: studioPlace(m)?.id ?? null,
        latitude: point?.lat ?? null,
        longitude: point?.lng ?? null,
      },
    ];
  });
  const insertedMentors =
    mentorRows.length === 0
      ? []
      : await tx.insert(mentors).values(mentorRows).onConflictDoNothing().returning({ id: mentors.id });

  return {
    partners: insertedPartners.length,
    places: insertedPlaces,
    accounts: insertedAccounts,
    mentors: insertedMentors.length,
  };
}

/**
 * Finds each account by e-mail and creates the missing ones (the only bcrypt work: once per account,
 * at the configured cost). An e-mail whose username someone else already holds is skipped with a warning.
 */
async function ensureAccounts(
  tx: Tx,
  deps: Deps,
  accounts: AccountSeed[],
): Promise<{ ids: Map<string, string>; inserted: number }> {
  const emails = accounts.map((a) => a.email);
  const findAll = async () =>
    new Map(
      (
        await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))
      ).map((u) => [u.email, u.id]),
    );
  const existing = await findAll();
  const missing = accounts.filter((a) => !existing.has(a.email));
  if (missing.length === 0) return { ids: existing, inserted: 0 };

  const now = deps.clock.now();
  // On the password threads (passwords.ts): as many at once as the machine has threads for them.
  const rows = await Promise.all(
    missing.map(async (account) => ({
      id: accountId(account.email),
      email: account.email,
      username: account.username,
      displayName: account.displayName,
      passwordHash: await hashPassword(account.password, deps.bcryptCost),
      bio: account.bio,
      consentGiven: true,
      consentDate: now,
      timeZone: account.timeZone,
      role: 'user' as const,
    })),
  );
  const inserted = await tx.insert(users).values(rows).onConflictDoNothing().returning({ id: users.id });
  const ids = await findAll();
  for (const account of missing) {
    if (!ids.has(account.email)) {
      deps.logger.warn(
        { email: account.email, username: account.username },
        'sample account not created: its username is taken',
      );
    }
  }
  return { ids, inserted: inserted.length };
}
