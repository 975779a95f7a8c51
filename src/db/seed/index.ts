import type { Deps } from '../../deps.ts';

/** Placeholder until the sample-data generator lands: seeds nothing. */
export async function seedIfEmpty(_deps: Deps): Promise<void> {}
