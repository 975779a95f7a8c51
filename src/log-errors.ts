import { stdSerializers } from 'pino';

/**
 * The `err` serializer of every log line. A database error carries what the statement was about:
 * drizzle's wrapper puts the SQL and every parameter in its message (`Failed query: … params: …`)
 * and in `query`/`params`; PGlite adds them to its own error; PostgreSQL's `detail`, `where` and
 * even some messages quote row values ("Key (email)=(…)", "Failing row contains (…)", "invalid
 * input syntax for type uuid: "…""). So an error with a database error anywhere in its cause chain
 * is logged as its SQLSTATE and the names of what it hit (constraint, table, column), its message
 * replaced by a generic one, and the stack cut to its frames; every other error as pino logs it.
 */
export function serializeError(err: unknown): unknown {
  if (typeof err === 'string') return scrubMessage(err);
  if (!(err instanceof Error)) return err;
  const chain = causeChain(err);
  if (!chain.some((e) => isQueryWrapper(e) || isServerError(e))) return stdSerializers.err(err);
  const server = chain.find(isServerError);
  const code = server?.code;
  const summary: Record<string, unknown> = {
    type: err.constructor?.name ?? err.name,
    message: code ? `database error ${code} (statement, parameters and details not logged)` : describe(chain),
    stack: framesOf(err),
  };
  if (code) summary.code = code;
  for (const name of ['severity', 'constraint', 'table', 'column', 'routine'] as const) {
    const value = server?.[name];
    if (typeof value === 'string') summary[name] = value;
  }
  return summary;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
  cause?: unknown;
}

function causeChain(err: Error): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = err;
  while (current && typeof current === 'object' && chain.length < 8) {
    chain.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return chain;
}

/** drizzle's DrizzleQueryError, PGlite's error: they hold the statement and its parameters. */
function isQueryWrapper(e: ErrorLike): boolean {
  return (
    'params' in e || 'query' in e || (typeof e.message === 'string' && e.message.startsWith('Failed query'))
  );
}

/** An error PostgreSQL sent (node-postgres and PGlite alike): a severity and a five-character SQLSTATE. */
function isServerError(e: ErrorLike): e is ErrorLike & { code: string } {
  return typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && 'severity' in e;
}

/**
 * A query that failed without a server error (the connection died under it): the driver's own
 * message says why and quotes no data ("Connection terminated unexpectedly").
 */
function describe(chain: ErrorLike[]): string {
  const driver = chain.find((e) => !isQueryWrapper(e) && typeof e.message === 'string');
  const reason = driver ? `: ${scrubMessage(String(driver.message))}` : '';
  return `database query failed${reason} (statement and parameters not logged)`;
}

/** A message as a string (e.g. `{ err: err.message }`): a drizzle query message loses its SQL and parameters. */
function scrubMessage(message: string): string {
  const at = message.indexOf('Failed query');
  return at === -1 ? message : `${message.slice(0, at)}Failed query (statement and parameters not logged)`;
}

/** The stack's frames only: V8 starts a stack with the message, which is what must not be logged. */
function framesOf(err: Error): string | undefined {
  if (typeof err.stack !== 'string') return undefined;
  const message = String(err.message);
  const at = err.stack.indexOf(message);
  // A message changed after the stack was taken: its lines cannot be told from frames, so none.
  if (at === -1) return err.name;
  const frames = err.stack
    .slice(at + message.length)
    .split('\n')
    .filter((line) => /^\s+at \S/.test(line));
  return [`${err.name}`, ...frames].join('\n');
}
