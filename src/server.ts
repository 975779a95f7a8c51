import type { Server as HttpServer } from 'node:http';
import { type ServerType, serve } from '@hono/node-server';
import { createAssistant } from './assistant/create.ts';
import { type Config, startupWarnings } from './config.ts';
import { seedIfEmpty } from './db/seed/index.ts';
import { createDeps, type Deps, type DepsOverrides } from './deps.ts';
import { createApp } from './http/app.ts';
import { type PushDelivery, startPushDelivery } from './push/deliver.ts';
import { socketPresence } from './push/presence.ts';
import { createHub, type Hub } from './realtime/hub.ts';
import { ensurePartitions } from './scheduler/partitions.ts';
import { startReminderScheduler } from './scheduler/scheduler.ts';

export interface RunningServer {
  deps: Deps;
  server: ServerType;
  hub: Hub;
  /** Web Push to devices with no tab open (src/push/deliver.ts). */
  push: PushDelivery;
  port: number;
  close(): Promise<void>;
}

/** config → deps (database, migrations) → sample data → HTTP, listening. */
export async function startServer(config: Config, overrides: DepsOverrides = {}): Promise<RunningServer> {
  const deps = await createDeps(config, overrides);
  for (const warning of startupWarnings(config)) deps.logger.warn(warning);
  if (config.seedOnStart) await seedIfEmpty(deps);
  // Before serving: moving rows out of a default partition while queries planned without the new
  // partition read it would hide those rows from them for a moment (drizzle/0005).
  await ensurePartitions(deps).catch((err) => deps.logger.warn({ err }, 'partition upkeep failed'));
  const app = createApp(deps);
  // Before listening: the crisis check compiles its patterns here, so the first message a person
  // sends is not the one that waits for it (seconds on a busy host).
  const assistant = createAssistant(deps);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err) => {
    await assistant.close();
    throw err;
  });
  const hub = createHub(server as HttpServer, deps, assistant);
  const push = startPushDelivery(deps, { isOnline: socketPresence(hub.io) });
  const reminders = startReminderScheduler(deps);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  deps.logger.info(
    { port, database: deps.database.kind },
    `NightChill listening on http://localhost:${port}`,
  );

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await reminders.stop();
      await push.stop();
      await hub.close();
      await assistant.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.close();
    })();
    return closing;
  };
  return { deps, server, hub, push, port, close };
}
