import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/process.ts';

/** `npm run db:partitions -- …` as its own process, on an embedded database in a fresh DATA_DIR. */
function partitions(args: string[]) {
  return runScript('partitions', args, { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'nc-partitions-')) });
}

describe('npm run db:partitions', () => {
  it('answers a missing or unknown command and bad detach options with usage and exit code 2', async () => {
    for (const args of [
      [],
      ['shred'],
      ['detach'],
      ['detach', '--older-than-months', 'soon'],
      ['list', '--what'],
    ]) {
      const run = await partitions(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain('Usage: npm run db:partitions');
    }
  }, 60_000);

  it('lists the partitions of a migrated embedded database', async () => {
    const run = await partitions(['list']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/check_ins\s+check_ins_default/);
    expect(run.stdout).toMatch(/chat_messages\s+chat_messages_\d{4}q\d/);
  }, 60_000);
});
