import { createDetector } from '../../src/assistant/safety/detect.ts';
import { describeFamilies } from '../helpers/crisis-families.ts';

const detect = createDetector();

/**
 * The families a fourteenth blind probe (2026-12-19) found missed or misread, in the six languages
 * and in other words than the probe's (fixtures/crisis-1219/<lang>.json, written from descriptions
 * of the families): forced labour (papers kept, a debt for the journey, not let out); locked in with
 * a threat to kill if the writer calls anyone; an emergency told plainly or in dialect (a whole box
 * swallowed with alcohol, a cut that will not stop bleeding, a relapse with breathing gone wrong, a
 * seizure in withdrawal, alone); self-harm said in a few words ("scratched till it bled again").
 * Everyday twins: self-harm told in the past with a safe present, exam revision on a typology of
 * suicide.
 */
describeFamilies(
  'crisis families of the 2026-12-19 probe, in other words',
  new URL('./fixtures/crisis-1219/', import.meta.url),
  detect,
  { risk: 12, everyday: 10 },
);
