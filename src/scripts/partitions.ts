import { parseArgs } from 'node:util';
import { runCli, UsageError, withMigratedDatabase } from '../ops/cli.ts';
import { detachPartitionsBefore, ensurePartitionsNow, listPartitions } from '../ops/partitions.ts';

const usage = `Usage: npm run db:partitions -- <command>

  list                              partitions of check_ins, chat_messages, notifications
  ensure                            create the coming partitions now (the scheduler does it hourly)
  detach --older-than-months <n>    detach partitions that ended more than n months ago, for archive
  detach --before <YYYY-MM-DD>      detach partitions that end on or before that day

Detached partitions keep their rows in a table of their own: archive with
pg_dump -Fc -t <partition> "$DATABASE_URL" > <partition>.dump, then DROP TABLE <partition>.`;

/** The cut-off of `detach`, from --older-than-months or --before; bad values are a UsageError. */
function detachBefore(values: { 'older-than-months'?: string; before?: string }): Date {
  const months = values['older-than-months'];
  if (months !== undefined) {
    if (!/^\d+$/.test(months) || Number(months) < 1) {
      throw new UsageError(`--older-than-months must be a whole number ≥ 1, not "${months}"`);
    }
    const before = new Date();
    before.setUTCMonth(before.getUTCMonth() - Number(months));
    return before;
  }
  if (values.before !== undefined && !Number.isNaN(Date.parse(values.before))) return new Date(values.before);
  throw new UsageError('detach needs --older-than-months <n ≥ 1> or --before <date>');
}

await runCli(usage, async (config) => {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !['list', 'ensure', 'detach'].includes(command)) {
    throw new UsageError(command ? `unknown command "${command}"` : 'a command is needed');
  }
  let values: { 'older-than-months'?: string; before?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { 'older-than-months': { type: 'string' }, before: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const before = command === 'detach' ? detachBefore(values) : undefined;
  return withMigratedDatabase(config, async ({ pool }) => {
    if (before) {
      const detached = await detachPartitionsBefore(pool, before);
      if (detached.length === 0) return `nothing ended on or before ${before.toISOString()}`;
      return detached
        .map((d) => `detached ${d.partition} (${d.parent}, ended ${d.ends.toISOString()})`)
        .join('\n');
    }
    const made = command === 'ensure' ? `created ${await ensurePartitionsNow(pool)} partitions\n` : '';
    const rows = (await listPartitions(pool)).map(
      (p) =>
        `${p.parent.padEnd(14)} ${p.partition.padEnd(28)} ${(p.from ?? 'default').padEnd(25)} ${String(p.to ?? '').padEnd(25)} ~${p.rows} rows`,
    );
    return made + rows.join('\n');
  });
});
