import { parse, v5 } from 'uuid';

/** The namespace every sample row's id is derived in (UUIDv5): fixed, so reruns find the same rows. */
export const SEED_NAMESPACE = 'a0790b17-4785-4b91-b839-fe9a1486033a';
const namespaceBytes = parse(SEED_NAMESPACE);

/** A fixed id for a sample row: seedId('partner', 'hush-roasters'), seedId('place:bulk', 41). */
export function seedId(kind: string, key: string | number): string {
  return v5(`${kind}:${key}`, namespaceBytes);
}
