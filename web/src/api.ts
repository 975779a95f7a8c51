import type { WireError as ErrorBody } from '../../src/contract/socket.ts';

/** An error answer from the API: `{ error: { code, message } }` with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  del<T>(path: string, body?: unknown): Promise<T>;
}

/** JSON over fetch with the bearer token; a 401 on a signed-in call signs the page out. */
export function createApi(token: () => string | null, onUnauthorized: () => void): Api {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
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
      if (res.status === 401 && t) onUnauthorized();
      throw new ApiError(
        res.status,
        error?.code ?? 'http_error',
        error?.message ?? `Request failed (${res.status})`,
      );
    }
    return data as T;
  };
  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
    del: (path, body) => request('DELETE', path, body),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const errorText = (err: unknown): string =>
  err instanceof Error ? err.message : 'Something went wrong. Please try again.';
