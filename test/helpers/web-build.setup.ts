import { buildWebClient } from '../../src/web/build.ts';

/** vitest globalSetup for the browser suites: the client is built once, before any of them runs. */
export default async function setup(): Promise<void> {
  const result = await buildWebClient();
  if (!result.built) throw new Error('web/src is missing: the browser suites have no client to test');
}
