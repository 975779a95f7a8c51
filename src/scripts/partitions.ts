import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';
import { detachPartitionsBefore, ensurePartitionsNow, listPartitions } from '../ops/partitions.ts';

const usage = `Usage: npm run db:partitions -- <command>

  list                              partitions of check_ins, chat_messages, notifications
  ensure                            create the coming partitions now (the scheduler does it hourly)
  detach --older-than-months <n>    detach partitions that ended more than n months ago, for archive
  detach --before <YYYY-MM-DD>      detach partitions that end on or before that day

Detached partitions keep their rows in a table of their own: archive with
pg_dump -Fc -t <partition> "$DATABASE_URL" > <partition>.dump, then DROP TABLE <partition>.`;

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { 'older-than-months': { type: 'string' }, before: { type: 'string' } },
  strict: true,
});
if (!command || !['list', 'ensure', 'detach'].includes(command)) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
let before: Date | undefined;
if (command === 'detach') {
  const months = values['older-than-months'] ? Number(values['older-than-months']) : undefined;
  if (months !== undefined && Number.isInteger(months) && months >= 1) {
    before = new Date();
    before.setUTCMonth(before.getUTCMonth() - months);
  } else if (values.before && !Number.isNaN(Date.parse(values.before))) {
    before = new Date(values.before);
  } else {
    process.stderr.write(`detach needs --older-than-months <n ≥ 1> or --before <date>\n\n${usage}\n`);
    process.exit(2);
  }
}

const config = (() => {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
})();
const logger = createLogger(config.logLevel);
const database = await openDatabase({
  url: config.database.url,
  poolMax: 1,
  dataDir: config.dataDir,
  logger,
});
try {
  await runMigrations(database.pool);
  if (command === 'ensure') {
    process.stdout.write(`created ${await ensurePartitionsNow(database.pool)} partitions\n`);
  } else if (command === 'detach') {
    const detached = await detachPartitionsBefore(database.pool, before!);
    for (const d of detached)
      process.stdout.write(`detached ${d.partition} (${d.parent}, ended ${d.ends.toISOString()})\n`);
    if (detached.length === 0) process.stdout.write(`nothing ended on or before ${before!.toISOString()}\n`);
  }
  if (command !== 'detach') {
    for (const p of await listPartitions(database.pool)) {
      process.stdout.write(
        `${p.parent.padEnd(14)} ${p.partition.padEnd(28)} ${(p.from ?? 'default').padEnd(25)} ${String(p.to ?? '').padEnd(25)} ~${p.rows} rows\n`,
      );
    }
  }
} finally {
  await database.close();
}
