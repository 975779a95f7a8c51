import webPush from 'web-push';
import type { VapidKeys } from '../secrets.ts';
import type { PushPayload, Urgency } from './payload.ts';

export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** sent: the push service took it; gone: it says the subscription is no more; failed: anything else. */
export type SendOutcome =
  | { result: 'sent'; status: number }
  | { result: 'gone'; status: number }
  | { result: 'failed'; status: number | undefined; reason: string };

export interface SendOptions {
  vapid: VapidKeys & { subject: string };
  ttlSeconds: number;
  urgency: Urgency;
  timeoutMs: number;
  /** Aborts the request (shutdown). */
  signal: AbortSignal;
}

/**
 * One Web Push request (RFC 8030): web-push encrypts the payload to the browser's keys (RFC 8291,
 * aes128gcm) and signs the VAPID JWT (RFC 8292); the request itself goes out through fetch, with a
 * timeout, following no redirect (web-push's own sender speaks https:// only and has no deadline).
 * Never throws: every failure is an outcome.
 */
export async function sendPush(
  target: PushTarget,
  payload: PushPayload,
  options: SendOptions,
): Promise<SendOutcome> {
  let request: ReturnType<typeof webPush.generateRequestDetails>;
  try {
    request = webPush.generateRequestDetails(target, JSON.stringify(payload), {
      vapidDetails: options.vapid,
      TTL: options.ttlSeconds,
      urgency: options.urgency,
      contentEncoding: 'aes128gcm',
    });
  } catch (err) {
    return { result: 'failed', status: undefined, reason: (err as Error).message };
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    // fetch sets the length itself, from the body.
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  try {
    const res = await fetch(request.endpoint, {
      method: 'POST',
      headers,
      body: request.body ?? undefined,
      redirect: 'manual',
      signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]),
    });
    await res.body?.cancel().catch(() => {});
    if (res.status >= 200 && res.status < 300) return { result: 'sent', status: res.status };
    if (res.status === 404 || res.status === 410) return { result: 'gone', status: res.status };
    return { result: 'failed', status: res.status, reason: `the push service answered ${res.status}` };
  } catch (err) {
    const name = (err as Error).name;
    const reason =
      name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (err as Error).message;
    return { result: 'failed', status: undefined, reason };
  }
}
