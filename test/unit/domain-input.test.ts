import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { toToolError } from '../../src/assistant/tools/registry.ts';
import { changePassword } from '../../src/domain/accounts/change-password.ts';
import { setConsent } from '../../src/domain/accounts/consent.ts';
import { eraseAccount } from '../../src/domain/accounts/erase.ts';
import { authenticate } from '../../src/domain/accounts/login.ts';
import { updateProfile } from '../../src/domain/accounts/profile.ts';
import { registerUser } from '../../src/domain/accounts/register.ts';
import { checkIn } from '../../src/domain/checkins/check-in.ts';
import { listCheckIns } from '../../src/domain/checkins/list.ts';
import { CheckInInput } from '../../src/domain/checkins/schemas.ts';
import { parseInput } from '../../src/domain/input.ts';
import { editLocation, verifyLocation } from '../../src/domain/locations/manage.ts';
import { suggestLocation } from '../../src/domain/locations/suggest.ts';
import { bookSession } from '../../src/domain/mentor-sessions/book-session.ts';
import { changeSession } from '../../src/domain/mentor-sessions/change-session.ts';
import { listMySessions } from '../../src/domain/mentor-sessions/list-sessions.ts';
import { BookSessionInput, SessionListQuery } from '../../src/domain/mentor-sessions/schemas.ts';
import { becomeMentor } from '../../src/domain/mentors/become-mentor.ts';
import { searchMentors } from '../../src/domain/mentors/search-mentors.ts';
import { updateOwnMentor } from '../../src/domain/mentors/update-mentor.ts';
import { listNotifications } from '../../src/domain/notifications/inbox.ts';
import { scheduleReminder } from '../../src/domain/notifications/schedule-reminder.ts';
import { createPartner, updatePartner } from '../../src/domain/partners/manage.ts';
import { addStaff } from '../../src/domain/partners/staff.ts';
import { createReview } from '../../src/domain/reviews/create-review.ts';
import { listReviews } from '../../src/domain/reviews/list-reviews.ts';
import { updateReview } from '../../src/domain/reviews/update-review.ts';
import { listRewards } from '../../src/domain/rewards/list.ts';
import { redeemAtCounter } from '../../src/domain/rewards/redeem.ts';
import { ListRewardsQuery } from '../../src/domain/rewards/schemas.ts';
import { TEXT_RULE_MESSAGE } from '../../src/domain/text.ts';
import { AppError } from '../../src/errors.ts';

/**
 * The domain's verbs parse their own input (src/domain/input.ts), so a caller that is not the HTTP
 * layer (an assistant tool, a script, a test) cannot hand them unchecked data, and a bad input is
 * refused as the API refuses it: AppError invalid_payload with the fields named, never a ZodError
 * (which the assistant would report as internal). Nothing here goes through HTTP or a database.
 */

/** What a rejection was, as far as these tests care. */
async function refusal(work: Promise<unknown>): Promise<AppError> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(err).not.toBeInstanceOf(ZodError);
  return err as AppError;
}

/**
 * A context (or source, limiter, options) that fails the test if a verb touches it: the input is
 * refused before anything else happens.
 */
const untouchable = <T>(): T =>
  new Proxy(
    {},
    {
      get: (_, key) => {
        throw new Error(`touched ${String(key)} before parsing the input`);
      },
    },
  ) as T;

const mentorId = '5b1f7e6a-3c2d-4e8f-9a0b-1c2d3e4f5a6b';

describe('parseInput', () => {
  it('returns the parsed value, defaults filled in, and parsing it again gives the same', () => {
    const once = parseInput(ListRewardsQuery, {});
    expect(once).toEqual({ status: 'all', limit: 100 });
    expect(parseInput(ListRewardsQuery, once)).toEqual(once);
    const sessions = parseInput(SessionListQuery, { limit: '7' });
    expect(sessions).toEqual({ role: 'all', limit: 7 });
    expect(parseInput(SessionListQuery, sessions)).toEqual(sessions);
  });

  it('refuses an invalid input with invalid_payload and the fields named, as HTTP validation does', () => {
    let err: unknown;
    try {
      parseInput(BookSessionInput, {
        mentorId: 'not-a-uuid',
        scheduledAt: '2030-05-01T17:00:00Z',
        durationMinutes: 5,
        sessionType: 'virtual',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    const body = (err as AppError).toBody();
    expect(body).toMatchObject({
      code: 'invalid_payload',
      message: 'Invalid input: mentorId, durationMinutes.',
    });
    expect(body.details).toEqual([
      { field: 'mentorId', message: expect.any(String) },
      { field: 'durationMinutes', message: expect.any(String) },
    ]);
  });

  it('applies the text rule too, and names a nested field by its dotted path', () => {
    const err = (() => {
      try {
        parseInput(CheckInInput, { locationId: mentorId, note: 'a\u0000b' });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(err?.toBody()).toMatchObject({
      code: 'invalid_payload',
      details: [{ field: 'note', message: TEXT_RULE_MESSAGE }],
    });
    expect(() => parseInput(CheckInInput, { locationId: mentorId, lat: 91, lng: 0 })).toThrow(AppError);
  });
});

describe('verbs parse their own input', () => {
  it('checkIn refuses a bad place id before touching its context, and the assistant reads invalid_payload', async () => {
    const err = await refusal(checkIn(untouchable(), { locationId: 'somewhere', mood: 'calm' }));
    expect(err.toBody()).toMatchObject({
      code: 'invalid_payload',
      details: [{ field: 'locationId', message: expect.any(String) }],
    });
    // An assistant tool that let this through would report it as it is, not as "internal".
    const logged: unknown[] = [];
    expect(toToolError(err, (e) => logged.push(e))).toMatchObject({ code: 'invalid_payload' });
    expect(logged).toEqual([]);
  });

  it('bookSession refuses a session too short, naming the field', async () => {
    const err = await refusal(
      bookSession(untouchable(), {
        mentorId,
        scheduledAt: '2030-05-01T17:00:00Z',
        durationMinutes: 5,
        sessionType: 'virtual',
      }),
    );
    expect(err.details).toEqual([{ field: 'durationMinutes', message: expect.any(String) }]);
  });

  it('registerUser refuses a malformed e-mail before the rate limit or a password hash', async () => {
    const err = await refusal(
      registerUser(untouchable(), {
        email: 'not an address',
        username: 'quiet_sam',
        displayName: 'Sam',
        password: 'quiet harbour lantern',
      }),
    );
    expect(err.details).toEqual([{ field: 'email', message: 'must be an e-mail address' }]);
  });

  // Every verb that parses, called with something that is not its input at all: refused before it
  // touches its context, the database or a limiter.
  const ctx = untouchable<never>();
  const bad = null as never;
  const id = mentorId;
  const verbs: Record<string, () => Promise<unknown>> = {
    authenticate: () => authenticate(ctx, bad, ctx),
    becomeMentor: () => becomeMentor(ctx, bad),
    bookSession: () => bookSession(ctx, bad),
    changePassword: () => changePassword(ctx, bad, ctx),
    changeSession: () => changeSession(ctx, id, bad),
    checkIn: () => checkIn(ctx, bad),
    createPartner: () => createPartner(ctx, bad),
    createReview: () => createReview(ctx, bad),
    editLocation: () => editLocation(ctx, id, bad),
    eraseAccount: () => eraseAccount(ctx, bad, ctx),
    listCheckIns: () => listCheckIns(ctx, bad),
    listMySessions: () => listMySessions(ctx, bad),
    listNotifications: () => listNotifications(ctx, bad),
    listReviews: () => listReviews(ctx, bad),
    listRewards: () => listRewards(ctx, bad),
    redeemAtCounter: () => redeemAtCounter(ctx, 'staff', bad),
    addStaff: () => addStaff(ctx, 'partner', bad),
    registerUser: () => registerUser(ctx, bad),
    scheduleReminder: () => scheduleReminder(ctx, bad),
    searchMentors: () => searchMentors(ctx, bad),
    setConsent: () => setConsent(ctx, bad),
    suggestLocation: () => suggestLocation(ctx, bad),
    updateOwnMentor: () => updateOwnMentor(ctx, bad),
    updatePartner: () => updatePartner(ctx, id, bad),
    updateProfile: () => updateProfile(ctx, bad),
    updateReview: () => updateReview(ctx, id, bad),
  };
  it.each(Object.keys(verbs))('%s refuses a non-object input with invalid_payload', async (name) => {
    const err = await refusal(verbs[name]!());
    expect(err.toBody()).toMatchObject({ code: 'invalid_payload', details: [{ field: '(root)' }] });
  });

  it('a verb that fills in its own input passes it through the same schema', async () => {
    // verifyLocation hands editLocation a valid input: it gets past parsing, to the context.
    await expect(verifyLocation(untouchable(), id)).rejects.toThrow(/touched tx before parsing/);
  });
});

describe('drift guard: every input schema of the domain is parsed by its verb', () => {
  const root = join(import.meta.dirname, '../../src/domain');
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ path: relative(root, join(root, f)), text: readFileSync(join(root, f), 'utf8') }));

  /** The schemas a verb takes: zod values named …Input, …Query or …Patch, and where each is defined. */
  const schemas = new Map<string, string>();
  for (const file of files) {
    for (const m of file.text.matchAll(/export const (\w+(?:Input|Query|Patch))\s*=\s*z\b/g)) {
      schemas.set(m[1]!, file.path);
    }
  }

  /**
   * Input schemas no verb parses, each with its reason. SearchLocationsQuery is the query string's
   * wire format (digits and 'true' → numbers and booleans, which do not parse twice, and which
   * the assistant, handing numbers, could not send): searchLocations takes the plain
   * SearchLocationsInput interface instead.
   */
  const notParsed: Record<string, string> = {
    SearchLocationsQuery: "the query string's wire format; searchLocations takes SearchLocationsInput",
  };

  const parses = (text: string, name: string) => new RegExp(`parseInput\\(\\s*${name}\\s*,`).test(text);

  it('finds the input schemas', () => {
    expect([...schemas.keys()]).toEqual(
      expect.arrayContaining([
        'CheckInInput',
        'BookSessionInput',
        'ChangeSessionInput',
        'SuggestLocationInput',
      ]),
    );
    expect(schemas.size).toBeGreaterThanOrEqual(25);
  });

  it('each input schema is parsed by a verb with parseInput (or is listed with its reason)', () => {
    const unparsed = [...schemas.keys()].filter(
      (name) => !(name in notParsed) && !files.some((f) => parses(f.text, name)),
    );
    expect(unparsed).toEqual([]);
  });

  it('each domain module that imports an input schema parses it', () => {
    const missing: string[] = [];
    for (const file of files) {
      if (file.path.endsWith('schemas.ts') || file.path === 'input.ts') continue;
      for (const m of file.text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'\.[^']*'/g)) {
        const names = m[1]!
          .split(',')
          .map(
            (n) =>
              n
                .trim()
                .replace(/^type\s+/, '')
                .split(/\s+as\s+/)[0]!,
          )
          .filter((n) => schemas.has(n) && !(n in notParsed));
        for (const name of names) if (!parses(file.text, name)) missing.push(`${file.path}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no verb parses with a bare .parse(), whose ZodError the assistant would report as internal', () => {
    const bare = files
      .filter((f) => f.path !== 'input.ts')
      .flatMap((f) =>
        [...schemas.keys()]
          .filter((name) => new RegExp(`\\b${name}\\.(safe)?[pP]arse(Async)?\\(`).test(f.text))
          .map((name) => `${f.path}: ${name}`),
      );
    expect(bare).toEqual([]);
  });
});
