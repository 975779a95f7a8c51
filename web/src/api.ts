import type { WireError as ErrorBody } from '../../src/contract/socket.ts';
import { problemWords } from './ui/words.ts';

/**
 * An error answer from the API: `{ error: { code, message } }` with its HTTP status, and how long
 * to wait when it says (Retry-After). `message` is the server's; people read `errorText(err)`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Retry-After in seconds (the header, else the body's `details.retryAfterSeconds`). */
function retryAfter(res: Response, error: ErrorBody | undefined): number | undefined {
  const header = Number(res.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return header;
  const inBody = (error?.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof inBody === 'number' ? inBody : undefined;
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  del<T>(path: string, body?: unknown): Promise<T>;
  /**
   * Runs `change`, which replaces the page's token (a new password: the server ends every token it
   * issued before and answers with the one that works). A call that meets the old token's 401 in
   * the meantime waits for it and is asked again under the new token, instead of signing out.
   */
  renewing<T>(change: () => Promise<T>): Promise<T>;
}

/**
 * JSON over fetch with the bearer token; a 401 on a signed-in call signs the page out, unless the
 * page has a newer token by the time it is read (then the call is made again, once, with that one).
 */
export function createApi(token: () => string | null, onUnauthorized: () => void): Api {
  let renewal: Promise<unknown> | undefined;
  // True while `renewing` starts its change: the calls made then are the change's own, and must not
  // wait for it (a 401 on the change itself would wait for itself).
  let starting = false;
  const request = async <T>(method: string, path: string, body?: unknown, retried = false): Promise<T> => {
    const own = starting;
    const headers: Record<string, string> = { accept: 'application/json' };
    const t = token();
    if (t) headers.authorization = `Bearer ${t}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'network', 'You seem to be offline. Try again when you are connected.');
    }
    const text = await res.text();
    const data: unknown = text ? safeJson(text) : undefined;
    if (!res.ok) {
      const error = (data as { error?: ErrorBody } | undefined)?.error;
      if (res.status === 401 && t) {
        // A request that left with the token a password change is replacing (from this page) is
        // refused as soon as the change commits, before the page holds the new token: wait for it.
        // A 401 is answered before anything is done, so asking again cannot do anything twice.
        if (!own) await renewal?.catch(() => undefined);
        const now = token();
        if (now && now !== t && !retried) return request<T>(method, path, body, true);
        if (now === t) onUnauthorized();
      }
      throw new ApiError(
        res.status,
        error?.code ?? 'http_error',
        error?.message ?? '',
        retryAfter(res, error),
      );
    }
    return data as T;
  };
  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
    del: (path, body) => request('DELETE', path, body),
    async renewing(change) {
      starting = true;
      let work: ReturnType<typeof change>;
      try {
        work = change();
      } finally {
        starting = false;
      }
      renewal = work;
      try {
        return await work;
      } finally {
        if (renewal === work) renewal = undefined;
      }
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What the person reads about a failed request: a sentence with the next step (ui/words.ts). */
export const errorText = (err: unknown): string =>
  err instanceof ApiError
    ? problemWords({
        code: err.code,
        message: err.message,
        status: err.status,
        retryAfterSeconds: err.retryAfterSeconds,
      })
    : problemWords({ code: 'internal' });
