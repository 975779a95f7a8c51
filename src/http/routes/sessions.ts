import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { withUser } from '../../domain/context.ts';
import { bookSession } from '../../domain/mentor-sessions/book-session.ts';
import { changeSession } from '../../domain/mentor-sessions/change-session.ts';
import { listMySessions } from '../../domain/mentor-sessions/list-sessions.ts';
import {
  BookSessionInput,
  ChangeSessionInput,
  SessionListQuery,
  SessionSchema,
} from '../../domain/mentor-sessions/schemas.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent, UuidParam } from '../openapi.ts';

const SessionResult = z.object({ session: SessionSchema }).openapi('MentorSessionResult');
const tags = ['mentor sessions'];

const book = createRoute({
  method: 'post',
  path: '/api/mentor-sessions',
  tags,
  summary: 'Book a session with a mentor',
  description:
    '409 slot_taken when the mentor already has a session then, 409 user_busy when the caller does; ' +
    '422 mentor_unavailable, cannot_book_self or session_type_not_offered; 429 rate_limited past the ' +
    'daily bookings budget or the cap on upcoming sessions with one mentor (details.budget names which).',
  security: bearerAuth,
  request: { body: jsonBody(BookSessionInput) },
  responses: {
    201: jsonContent(SessionResult, 'Booked'),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
    422: errors[422],
    429: errors[429],
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/mentor-sessions/{id}',
  tags,
  summary: 'Cancel (either side), complete or mark a no-show (mentor), set your notes, or move it (booker)',
  description:
    '403 mentor_only when the user tries what only the mentor may; 422 session_not_scheduled or ' +
    'session_not_started; another user’s session is 404. Moving (`scheduledAt`, alone): 403 forbidden ' +
    'for the mentor; 422 in_past when the session has started or the new time has passed, ' +
    'mentor_unavailable; 409 slot_taken or user_busy when the new slot is not free; 400 beyond 180 days; ' +
    '429 rate_limited past the daily bookings budget.',
  security: bearerAuth,
  request: { params: UuidParam, body: jsonBody(ChangeSessionInput) },
  responses: {
    200: jsonContent(SessionResult),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
    429: errors[429],
  },
});

const mine = createRoute({
  method: 'get',
  path: '/api/me/mentor-sessions',
  tags,
  summary: "The caller's sessions, booked or as the mentor, soonest first",
  security: bearerAuth,
  request: { query: SessionListQuery },
  responses: {
    200: jsonContent(z.object({ sessions: z.array(SessionSchema) }).openapi('MentorSessionList')),
    400: errors[400],
    401: errors[401],
  },
});

/** Booking and changing mentor sessions (registered, behind auth, by registerMentorRoutes). */
export function registerSessionRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const auth = requireAuth(deps);
  app.use('/api/mentor-sessions/*', auth);
  app.use('/api/me/mentor-sessions', auth);
  app.openapi(book, async (c) => {
    const session = await withUser(deps, c.get('userId'), (ctx) => bookSession(ctx, c.req.valid('json')));
    return c.json({ session }, 201);
  });

  app.openapi(change, async (c) => {
    const { id } = c.req.valid('param');
    const session = await withUser(deps, c.get('userId'), (ctx) =>
      changeSession(ctx, id, c.req.valid('json')),
    );
    return c.json({ session }, 200);
  });

  app.openapi(mine, async (c) => {
    const sessions = await withUser(deps, c.get('userId'), (ctx) =>
      listMySessions(ctx, c.req.valid('query')),
    );
    return c.json({ sessions }, 200);
  });
}
