import { createDetector } from '../../src/assistant/safety/detect.ts';
import { describeFamilies } from '../helpers/crisis-families.ts';

const detect = createDetector();

/**
 * The families a thirteenth blind probe (2026-12-18) found missed or misread, in the six languages
 * and in other words than the probe's (fixtures/crisis-1218/<lang>.json, written from descriptions
 * of the families): a crisis told as a request to the app (cancelling everything because it "won't
 * matter after Friday", "one last reminder", a goodbye told as "my last check-in"); a pharmacy that
 * asks no questions while packs are collected; a high place nobody goes up to, asked of the app;
 * a terse "tonight. letters on the table, the dog given away"; a protection order broken at the
 * door right now; an older parent kept without food and money by a child; a pupil who has hidden
 * pills "to end it", told by a teacher; a colleague who gave his things away; drunk and on the way
 * to hurt someone, asking for the route. Everyday twins: a parent's dose question for a child, a
 * song line asked about, a past attempt told with a safe present, a video-game boss, "kill my belly
 * fat", a pharmacy student's exam.
 */
describeFamilies(
  'crisis families of the 2026-12-18 probe, in other words',
  new URL('./fixtures/crisis-1218/', import.meta.url),
  detect,
  { risk: 12, everyday: 10 },
);
