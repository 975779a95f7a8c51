import { spawn } from 'node:child_process';
import path from 'node:path';

/** The PostgreSQL programs these commands run (or, for pg_ctl, tell the operator to run). */
export type PgToolName = 'pg_dump' | 'pg_restore' | 'pg_basebackup' | 'pg_receivewal' | 'pg_ctl' | 'postgres';

/**
 * A PostgreSQL client program: from binDir when given (say /usr/lib/postgresql/16/bin), else from
 * PATH. pg_dump must be at least as new as the server it dumps; pg_basebackup and pg_receivewal
 * should match its major version.
 */
export function pgTool(name: PgToolName, binDir: string | undefined): string {
  return binDir ? path.join(binDir, name) : name;
}

/**
 * The URL without its password, plus the environment that carries the password instead: a
 * password on a command line is visible to every user of the machine (ps).
 */
export function connectionArgs(url: string): { url: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

export class ToolError extends Error {
  constructor(
    readonly tool: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`${tool} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim().slice(-2000) || 'no output'}`);
    this.name = 'ToolError';
  }
}

/** Runs a PostgreSQL client program to completion; rejects with its stderr when it fails or is missing. */
export function runTool(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      // The inherited environment passed through unread (PATH, PGSSLROOTCERT, …), plus the password.
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new ToolError(
              path.basename(command),
              null,
              `${command} not found: install the PostgreSQL client or pass --pg-bin`,
            )
          : e,
      ),
    );
    child.once('close', (code) => {
      const stderr = Buffer.concat(err).toString();
      if (code === 0) resolve({ stdout: Buffer.concat(out).toString(), stderr });
      else reject(new ToolError(path.basename(command), code, stderr));
    });
  });
}
