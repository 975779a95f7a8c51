import { ECDH } from 'node:crypto';
import { z } from 'zod';

const instant = () => z.string().meta({ format: 'date-time' });

/** The longest endpoint kept: push services' URLs run to a few hundred characters. */
export const ENDPOINT_MAX_LENGTH = 2048;
export const DEVICE_LABEL_MAX_LENGTH = 100;

/** URL-safe base64 (padding tolerated) that decodes to `bytes` bytes. */
const base64urlKey = (bytes: number, description: string, check?: (key: Buffer) => boolean) =>
  z
    .string()
    .trim()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be URL-safe base64')
    .refine((v) => {
      const key = Buffer.from(v, 'base64url');
      return key.length === bytes && (check?.(key) ?? true);
    }, `must decode to ${bytes} bytes (${description})`)
    .meta({ description });

/** An uncompressed point of P-256 (a key payloads can be encrypted to). */
function onCurve(key: Buffer): boolean {
  if (key[0] !== 0x04) return false;
  try {
    ECDH.convertKey(key, 'prime256v1');
    return true;
  } catch {
    return false;
  }
}

const Endpoint = z
  .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
  .max(ENDPOINT_MAX_LENGTH)
  .meta({ description: "The push service's URL for this browser (PushSubscription.endpoint)" });

export const PushSubscriptionInput = z
  .strictObject({
    endpoint: Endpoint,
    keys: z.strictObject({
      p256dh: base64urlKey(65, "the browser's uncompressed P-256 public key", onCurve),
      auth: base64urlKey(16, "the browser's auth secret"),
    }),
    label: z
      .string()
      .trim()
      .min(1)
      .max(DEVICE_LABEL_MAX_LENGTH)
      .optional()
      .meta({ description: 'What to call this device in the list ("Firefox on Linux")' }),
  })
  .meta({ id: 'PushSubscriptionInput' });
export type PushSubscriptionInput = z.input<typeof PushSubscriptionInput>;

export const PushEndpointInput = z.strictObject({ endpoint: Endpoint }).meta({ id: 'PushEndpointInput' });
export type PushEndpointInput = z.input<typeof PushEndpointInput>;

export const PushDeviceSchema = z
  .object({
    endpoint: z.string(),
    label: z.string().nullable(),
    createdAt: instant(),
    lastSentAt: instant().nullable(),
  })
  .meta({ id: 'PushDevice' });

export const PushKeySchema = z
  .object({
    publicKey: z.string().meta({
      description: 'The VAPID public key (URL-safe base64): PushManager.subscribe applicationServerKey',
    }),
  })
  .meta({ id: 'PushKey' });
