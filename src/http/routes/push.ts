import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { withUser } from '../../domain/context.ts';
import {
  PushDeviceSchema,
  PushEndpointInput,
  PushKeySchema,
  PushSubscriptionInput,
} from '../../domain/push/schemas.ts';
import {
  listPushSubscriptions,
  removePushSubscription,
  savePushSubscription,
} from '../../domain/push/subscriptions.ts';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent } from '../openapi.ts';
import { toJson } from '../serialize.ts';

const DeviceResult = z.object({ subscription: PushDeviceSchema }).openapi('PushDeviceResult');
const DeviceList = z.object({ subscriptions: z.array(PushDeviceSchema) }).openapi('PushDeviceList');

const pushKey = createRoute({
  method: 'get',
  path: '/api/push/key',
  tags: ['push'],
  summary: "The server's VAPID public key, for PushManager.subscribe (404 when Web Push is off here)",
  responses: { 200: jsonContent(PushKeySchema), 404: errors[404] },
});

const DEVICES_PATH = '/api/me/push-subscriptions';
const devices = { tags: ['push'], security: bearerAuth, path: DEVICES_PATH };

const listDevices = createRoute({
  ...devices,
  method: 'get',
  summary: 'My devices that get alerts when NightChill is closed, newest first',
  responses: { 200: jsonContent(DeviceList), 401: errors[401] },
});

const saveDevice = createRoute({
  ...devices,
  method: 'post',
  summary: "Turn alerts on for this browser: its PushSubscription (saved again by endpoint when it's known)",
  request: { body: jsonBody(PushSubscriptionInput) },
  responses: {
    200: jsonContent(DeviceResult, 'Known already: keys and label refreshed'),
    201: jsonContent(DeviceResult, 'Saved'),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

const removeDevice = createRoute({
  ...devices,
  method: 'delete',
  summary: 'Turn alerts off for a browser of mine, by its endpoint',
  request: { body: jsonBody(PushEndpointInput) },
  responses: {
    200: jsonContent(DeviceResult, 'Removed; the device as it was'),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

/** Web Push: the public key and the signed-in user's devices; each route parses, calls one verb, serializes. */
export function registerPushRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const production = deps.config.env === 'production';
  const pushOff = () =>
    new AppError('not_found', 'Web Push is off on this server: it has no VAPID keys configured.', {
      details: { push: 'off' },
    });
  app.use(DEVICES_PATH, requireAuth(deps));

  app.openapi(pushKey, (c) => {
    const keys = deps.secrets.vapidKeys;
    if (!keys) throw pushOff();
    return c.json({ publicKey: keys.publicKey }, 200);
  });

  app.openapi(listDevices, async (c) => {
    const list = await withUser(deps, c.var.userId, (ctx) => listPushSubscriptions(ctx));
    return c.json(toJson({ subscriptions: list }), 200);
  });

  app.openapi(saveDevice, async (c) => {
    const input = c.req.valid('json');
    if (!deps.secrets.vapidKeys) throw pushOff();
    const { device, created } = await withUser(deps, c.var.userId, (ctx) =>
      savePushSubscription(ctx, input, { production }),
    );
    return created
      ? c.json(toJson({ subscription: device }), 201)
      : c.json(toJson({ subscription: device }), 200);
  });

  app.openapi(removeDevice, async (c) => {
    const input = c.req.valid('json');
    const device = await withUser(deps, c.var.userId, (ctx) => removePushSubscription(ctx, input));
    return c.json(toJson({ subscription: device }), 200);
  });
}
