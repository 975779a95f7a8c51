import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { WireMessage } from '../../contract/socket.ts';
import type { Deps } from '../../deps.ts';
import { setConsent } from '../../domain/accounts/consent.ts';
import { eraseAccount } from '../../domain/accounts/erase.ts';
import { exportAccount } from '../../domain/accounts/export.ts';
import { getProfile, updateProfile } from '../../domain/accounts/profile.ts';
import { ConsentInput, EraseInput, ProfilePatch, UserResult } from '../../domain/accounts/schemas.ts';
import { withinReadBudget } from '../../domain/chat/limits.ts';
import { historyPage } from '../../domain/chat/messages.ts';
import { withUser } from '../../domain/context.ts';
import { listNotifications } from '../../domain/notifications/inbox.ts';
import { markAllRead, markRead } from '../../domain/notifications/read.ts';
import { InboxNotification, InboxPage, InboxQuery } from '../../domain/notifications/schemas.ts';
import { cursorPageQuery } from '../../domain/paging.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent, UuidParam } from '../openapi.ts';
import { jsonStreamed, toJson } from '../serialize.ts';

const me = { tags: ['me'], security: bearerAuth };

const getMe = createRoute({
  ...me,
  method: 'get',
  path: '/api/me',
  summary: 'The signed-in account',
  responses: { 200: jsonContent(UserResult), 401: errors[401] },
});

const patchMe = createRoute({
  ...me,
  method: 'patch',
  path: '/api/me',
  summary: 'Change display name, bio, avatar, theme, notifications or time zone',
  request: { body: jsonBody(ProfilePatch) },
  responses: { 200: jsonContent(UserResult), 400: errors[400], 401: errors[401] },
});

const deleteMe = createRoute({
  ...me,
  method: 'delete',
  path: '/api/me',
  summary: 'Erase the account and everything stored about it (needs the password)',
  request: { body: jsonBody(EraseInput) },
  responses: {
    200: jsonContent(UserResult, 'Erased; the account as it was'),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    429: errors[429],
  },
});

const consent = createRoute({
  ...me,
  method: 'post',
  path: '/api/me/consent',
  summary: 'Give (true) or withdraw (false) consent to chat processing',
  request: { body: jsonBody(ConsentInput) },
  responses: { 200: jsonContent(UserResult), 400: errors[400], 401: errors[401] },
});

const Rows = z.array(z.record(z.string(), z.unknown()));
const Row = z.record(z.string(), z.unknown()).nullable();
const AccountExport = z
  .object({
    exportedAt: z.string(),
    user: Row,
    journeyProgress: Row,
    checkIns: Rows,
    rewards: Rows,
    mentor: Row,
    mentorSessions: z.object({ asUser: Rows, asMentor: Rows }),
    reviews: Rows,
    notifications: Rows,
    chatMessages: Rows,
    suggestedLocations: Rows,
    undecryptableValues: z.number().int(),
  })
  .openapi('AccountExport');

const exportMe = createRoute({
  ...me,
  method: 'get',
  path: '/api/me/export',
  summary: 'Everything stored about the account, as a JSON download',
  description:
    'Limited per user: a few an hour (exports) and two at once (exports_at_once); over either, 429 rate_limited with Retry-After.',
  responses: { 200: jsonContent(AccountExport), 401: errors[401], 429: errors[429] },
});

const inbox = createRoute({
  ...me,
  method: 'get',
  path: '/api/me/notifications',
  summary: 'The notification inbox, newest first, with the unread count',
  request: { query: InboxQuery },
  responses: { 200: jsonContent(InboxPage), 400: errors[400], 401: errors[401] },
});

const readOne = createRoute({
  ...me,
  method: 'post',
  path: '/api/me/notifications/{id}/read',
  summary: 'Mark one notification read',
  request: { params: UuidParam },
  responses: {
    200: jsonContent(z.object({ notification: InboxNotification })),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

const readAll = createRoute({
  ...me,
  method: 'post',
  path: '/api/me/notifications/read-all',
  summary: 'Mark every notification read',
  responses: { 200: jsonContent(z.object({ updated: z.number().int() })), 401: errors[401] },
});

const MessagesQuery = z.strictObject(cursorPageQuery(50));

/** The contract's own message (src/contract/socket.ts): places, exercise and proposal come back with a reply. */
const ChatMessage = WireMessage.meta({ id: 'ChatMessage' });

const messages = createRoute({
  ...me,
  method: 'get',
  path: '/api/me/messages',
  summary: 'Chat history, newest first',
  description: 'Rows returned count against the chat_reads budget, shared with chat:sync and chat:history.',
  request: { query: MessagesQuery },
  responses: {
    200: jsonContent(z.object({ messages: z.array(ChatMessage), nextCursor: z.uuid().nullable() })),
    400: errors[400],
    401: errors[401],
    429: errors[429],
  },
});

/** The signed-in user's own things: account, consent, export, erasure, inbox, chat history. */
export function registerMeRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const limiter = deps.rateLimiter;
  const auth = requireAuth(deps);
  for (const path of ['/api/me', '/api/me/consent', '/api/me/export', '/api/me/messages'])
    app.use(path, auth);
  app.use('/api/me/notifications', auth);
  app.use('/api/me/notifications/*', auth);

  app.openapi(getMe, async (c) => {
    const user = await withUser(deps, c.var.userId, getProfile);
    return c.json(toJson({ user }), 200);
  });

  app.openapi(patchMe, async (c) => {
    const patch = c.req.valid('json');
    const user = await withUser(deps, c.var.userId, (ctx) => updateProfile(ctx, patch));
    return c.json(toJson({ user }), 200);
  });

  app.openapi(deleteMe, async (c) => {
    const input = c.req.valid('json');
    const user = await withUser(deps, c.var.userId, (ctx) => eraseAccount(ctx, input, limiter));
    return c.json(toJson({ user }), 200);
  });

  app.openapi(consent, async (c) => {
    const input = c.req.valid('json');
    const user = await withUser(deps, c.var.userId, (ctx) => setConsent(ctx, input));
    return c.json(toJson({ user }), 200);
  });

  app.openapi(exportMe, async (c) => {
    const userId = c.var.userId;
    // A slot first, so an export refused for running twice at once does not spend the hour's budget.
    const data = await deps.budgets.hold('exports_at_once', userId, async () => {
      await deps.budgets.charge('exports', userId);
      return withUser(deps, userId, exportAccount);
    });
    const day = data.exportedAt.toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="nightchill-export-${day}.json"`);
    // no-transform: not compressed here (hono's compress() honours it) nor by a proxy. A file the
    // client saves, asked for a few times an hour, where gzip cost the instance ~50 ms of CPU for
    // 4 MB at the moment it was busiest (the abuse drill's exports, docs/reliability.md).
    c.header('Cache-Control', 'no-store, no-transform');
    // In pieces (jsonStreamed): a 4 MB export in one block held every request on the instance.
    return jsonStreamed(c, data, 200);
  });

  app.openapi(inbox, async (c) => {
    // The route has checked the query (a 400 otherwise); the verb parses it itself, from the raw
    // strings: its 'true' → true flag does not parse twice.
    const query = c.req.query();
    const page = await withUser(deps, c.var.userId, (ctx) => listNotifications(ctx, query));
    return c.json(toJson(page), 200);
  });

  app.openapi(readAll, async (c) => {
    const result = await withUser(deps, c.var.userId, markAllRead);
    return c.json(result, 200);
  });

  app.openapi(readOne, async (c) => {
    const { id } = c.req.valid('param');
    const notification = await withUser(deps, c.var.userId, (ctx) => markRead(ctx, id));
    return c.json(toJson({ notification }), 200);
  });

  app.openapi(messages, async (c) => {
    const query = c.req.valid('query');
    const page = await withinReadBudget(
      deps.budgets,
      c.var.userId,
      query.limit,
      () => withUser(deps, c.var.userId, (ctx) => historyPage(ctx, query)),
      (p) => p.messages.length,
    );
    return c.json(toJson(page), 200);
  });
}
