import { createDetector } from '../../src/assistant/safety/detect.ts';
import { describeFamilies } from '../helpers/crisis-families.ts';

const detect = createDetector();

/**
 * The families an eighth blind probe (2026-12-13, written as the app's own anxious users with their
 * everyday talk beside 25 crisis messages per language: recall 91.3%, false alarms 4.0% blind) found
 * missed or misread, in the six languages and in other words than the probe's
 * (fixtures/crisis-1213/<lang>.json, written from descriptions of the families): strangulation by a
 * partner, stalking into the gym and the workplace, road rage with intent, scratching wounds hidden
 * under long sleeves, the urge to burn oneself, wishing not to exist said in passing or as a
 * question, a fall height asked with a thin pretext, a teenager searching pill doses. Everyday
 * twins: "I'll kill my flatmate, the dishes again", overdosing on cheesecake, scratched mosquito
 * bites, a dose googled for a toddler with a fever.
 */
describeFamilies(
  'crisis families of the 2026-12-13 probe, in other words',
  new URL('./fixtures/crisis-1213/', import.meta.url),
  detect,
  { risk: 14, everyday: 8 },
);
