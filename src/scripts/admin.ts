/**
 * npm run admin -- <command> [arguments]
 *
 * Operator actions from a shell, for whoever runs the server (no HTTP, no token): the same domain
 * verbs as the /api/admin routes, run as the system role on the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR). Exit codes: 0 done, 1 failed, 2 bad arguments
 * or environment, 3 the thing named does not exist.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { SystemContext } from '../domain/context.ts';
import { AppError } from '../errors.ts';

// Everything else is imported when it is needed, not here: help and bad arguments answer without
// loading the app (drizzle, the schema, PGlite, the domain; 0.5 s rather than 1.5 s), and a command
// loads only its own domain verb.

const usage = `Usage: npm run admin -- <command> [arguments]

Commands:
  make-operator <email>          let this account use the operator routes (/api/admin/…)
  verify-place <place id>        mark a suggested place as verified
  partner-add <name> [--level bronze|silver|gold|platinum] [--type T] [--website URL]
              [--email E] [--phone P] [--description D] [--logo-url URL]
                                 create an active partner; prints its id
  staff-add <partner id> <email>  let this account redeem rewards at the partner's places
  staff-remove <partner id> <user id>
                                 unlink a staff account
  review-clear <review id>       clear a review's flag: it is public and counts again
  safety-report [year]           the year's safety responses by category, level and language
                                 (counts only; this year when no year is given)
  help                           show this help`;

/** Bad arguments: the usage is printed and the exit code is 2. */
export class UsageError extends Error {}

type Command = (ctx: SystemContext) => Promise<unknown>;
/** A command whose arguments are valid: loads the one domain verb it runs. */
type LoadCommand = () => Promise<Command>;

const uuid = (raw: string | undefined, what: string) => {
  const parsed = z.uuid().safeParse(raw);
  if (!parsed.success) throw new UsageError(`${what} must be a UUID, not "${raw ?? ''}"`);
  return parsed.data;
};

const one = (args: string[], what: string): string => {
  if (args.length !== 1 || !args[0]) throw new UsageError(`expected exactly one argument: ${what}`);
  return args[0];
};

/** Parses the command line into the work to do, or throws a UsageError. */
export async function parseCommand(argv: string[]): Promise<LoadCommand | 'help'> {
  const [name, ...args] = argv;
  switch (name) {
    case undefined:
      throw new UsageError('no command given');
    case 'help':
    case '--help':
    case '-h':
      return 'help';
    case 'make-operator': {
      const email = z.email().safeParse(one(args, '<email>').trim());
      if (!email.success) throw new UsageError(`"${args[0]}" is not an e-mail address`);
      return async () => {
        const { makeOperator } = await import('../domain/operators/access.ts');
        return (ctx) => makeOperator(ctx, email.data);
      };
    }
    case 'verify-place': {
      const id = uuid(one(args, '<place id>'), 'the place id');
      return async () => {
        const { verifyLocation } = await import('../domain/locations/manage.ts');
        return (ctx) => verifyLocation(ctx, id);
      };
    }
    case 'staff-add': {
      if (args.length !== 2) throw new UsageError('expected two arguments: <partner id> <email>');
      const partnerId = uuid(args[0], 'the partner id');
      const email = z.email().safeParse(args[1]!.trim());
      if (!email.success) throw new UsageError(`"${args[1]}" is not an e-mail address`);
      return async () => {
        const { addStaff } = await import('../domain/partners/staff.ts');
        return (ctx) => addStaff(ctx, partnerId, { email: email.data });
      };
    }
    case 'staff-remove': {
      if (args.length !== 2) throw new UsageError('expected two arguments: <partner id> <user id>');
      const partnerId = uuid(args[0], 'the partner id');
      const userId = uuid(args[1], 'the user id');
      return async () => {
        const { removeStaff } = await import('../domain/partners/staff.ts');
        return (ctx) => removeStaff(ctx, partnerId, userId);
      };
    }
    case 'review-clear': {
      const id = uuid(one(args, '<review id>'), 'the review id');
      return async () => {
        const { clearReviewFlag } = await import('../domain/operators/reviews.ts');
        return (ctx) => clearReviewFlag(ctx, id);
      };
    }
    case 'safety-report': {
      if (args.length > 1) throw new UsageError('expected at most one argument: [year]');
      const year = args[0] === undefined ? new Date().getUTCFullYear() : Number(args[0]);
      if (!Number.isInteger(year) || year < 2000 || year > 9999) {
        throw new UsageError(`the year must be four digits, not "${args[0]}"`);
      }
      return async () => {
        const { safetyReport } = await import('../domain/safety/referrals.ts');
        return (ctx) => safetyReport(ctx, year);
      };
    }
    case 'partner-add': {
      let parsed: ReturnType<
        typeof parseArgs<{ options: Record<string, { type: 'string' }>; allowPositionals: true }>
      >;
      try {
        parsed = parseArgs({
          args,
          allowPositionals: true,
          strict: true,
          options: Object.fromEntries(
            ['level', 'type', 'website', 'email', 'phone', 'description', 'logo-url'].map((o) => [
              o,
              { type: 'string' as const },
            ]),
          ),
        });
      } catch (err) {
        throw new UsageError(err instanceof Error ? err.message : String(err));
      }
      const { values, positionals } = parsed;
      const name = one(positionals, '<name>');
      // The API's own schema (it loads the database schema, so only for this command).
      const { CreatePartnerInput } = await import('../domain/partners/schemas.ts');
      const input = CreatePartnerInput.safeParse({
        name,
        partnershipLevel: values.level,
        type: values.type,
        website: values.website,
        email: values.email,
        phone: values.phone,
        description: values.description,
        logoUrl: values['logo-url'],
      });
      if (!input.success) {
        const fields = input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new UsageError(`bad partner: ${fields}`);
      }
      return async () => {
        const { createPartner } = await import('../domain/partners/manage.ts');
        return (ctx) => createPartner(ctx, input.data);
      };
    }
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let command: LoadCommand | 'help';
  try {
    command = await parseCommand(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) fail(`admin: ${err.message}\n\n${usage}`, 2);
    throw err;
  }
  if (command === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  const [run, { createDeps }, { withSystem }] = await Promise.all([
    command(),
    import('../deps.ts'),
    import('../domain/context.ts'),
  ]);
  let deps: Deps | undefined;
  try {
    deps = await createDeps(config);
    const result = await withSystem(deps, run);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') fail(`admin: ${err.message}`, 3);
    throw err;
  } finally {
    await deps?.close();
  }
}

// Run as the command, not when a test imports parseCommand (paths compared as the files they are).
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((err) => {
    process.stderr.write(
      `admin failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
