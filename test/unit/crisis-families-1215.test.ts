import { createDetector } from '../../src/assistant/safety/detect.ts';
import { describeFamilies } from '../helpers/crisis-families.ts';

const detect = createDetector();

/**
 * The families a tenth blind probe (2026-12-15) found missed or misread, in the six languages and
 * in other words than the probe's (fixtures/crisis-1215/<lang>.json, written from descriptions of
 * the families): abuse told through the injury, the body part named before the blow ("…my ribs.
 * he cracked two"), walking on eggshells beside a blow; a hypothetical jump "asking for a friend"
 * where the friend is the writer; all of someone else's pills just taken, in slang; a cut that
 * will not stop; an older person's wish for death to come ("que le Seigneur me rappelle"); a will
 * written young beside a goodbye; an adult in a child's room at night, asked about as a
 * hypothetical. Everyday twins: giving things away before a move, a will at the notary in old age,
 * a song stuck in one's head, grappling chokes, a teen's "ich sterbe" over a crush, a priest's
 * homily quoted, an older couple's affairs.
 */
describeFamilies(
  'crisis families of the 2026-12-15 probe, in other words',
  new URL('./fixtures/crisis-1215/', import.meta.url),
  detect,
  { risk: 12, everyday: 10 },
);
