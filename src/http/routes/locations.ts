import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../app.ts';

/** Routes of this area (being built). */
export function registerLocationRoutes(_app: OpenAPIHono<AppEnv>, _deps: Deps): void {}
