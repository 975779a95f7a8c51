import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { nodeFlags } from '../../src/node-flags.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface AppProcess {
  child: ChildProcess;
  port: number;
  stdout: () => string;
  stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `src/scripts/<name>.ts` (an `npm run` command) as its own process, with exactly the given
 * environment plus PATH and LOG_LEVEL=silent, collecting its output: for a long-running command
 * (db:wal) as a service manager runs it.
 */
export function startScript(name: string, args: string[], env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', `src/scripts/${name}.ts`, ...args],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Runs `src/scripts/<name>.ts` to its end (startScript); resolves with its exit code and output. */
export async function runScript(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = startScript(name, args, env);
  // 'close', not 'exit': a loaded machine can report the exit before the last of the output is read
  // (an admin command's usage on stderr once came back empty that way).
  const closed = once(script.child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  await script.exited;
  const [code] = await closed;
  return { code, ...script.output() };
}

/** Runs `src/main.ts` as a real process with exactly the given environment (plus PATH). */
export function spawnApp(env: Record<string, string>): { child: ChildProcess; out: string[]; err: string[] } {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  const err: string[] = [];
  child.stdout?.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => err.push(d.toString()));
  return { child, out, err };
}

/** Starts the app and waits for its "listening" log line; the port comes from that line. */
export async function startAppProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<AppProcess> {
  const { child, out, err } = spawnApp({ PORT: '0', HOST: '127.0.0.1', ...env });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`app did not start:\n${out.join('')}${err.join('')}`)),
      timeoutMs,
    );
    const check = () => {
      for (const line of out.join('').split('\n')) {
        if (!line.includes('listening')) continue;
        const parsed = JSON.parse(line) as { port?: number };
        if (parsed.port) {
          clearTimeout(timer);
          resolve(parsed.port);
        }
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${out.join('')}${err.join('')}`));
    });
  });
  return {
    child,
    port,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}
