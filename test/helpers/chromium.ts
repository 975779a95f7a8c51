import { existsSync } from 'node:fs';

/**
 * The Chromium the browser suites drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium
 * (`apt-get install chromium`; .ci/run installs it). Undefined when there is none.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
