import { createDetector } from '../../src/assistant/safety/detect.ts';
import { describeFamilies } from '../helpers/crisis-families.ts';

const detect = createDetector();

/**
 * The families a ninth blind probe (2026-12-14) found missed or misread, in the six languages and in
 * other words than the probe's (fixtures/crisis-1214/<lang>.json, written from descriptions of the
 * families): a self-harm relapse told through emoji, a joke and long sleeves in summer; a relapse
 * given as the thing one would like to change ("to stop cutting myself"); vague weapon threats at a
 * colleague, neighbour or boss; hoping to die in one's sleep as the answer to "how did you sleep?".
 * Everyday twins: emergency workers' long shift reports, week recaps full of death idioms, anxious
 * but fine rambles before a new job, a dark time told as over with today's good news, teachers' and
 * police officers' work, kitchen knives; a tattoo with blood, a cooking video with 🔪, a relapse on
 * a diet, long sleeves against the sun, "I could kill my neighbour" without a weapon.
 */
describeFamilies(
  'crisis families of the 2026-12-14 probe, in other words',
  new URL('./fixtures/crisis-1214/', import.meta.url),
  detect,
  { risk: 12, everyday: 10 },
);
