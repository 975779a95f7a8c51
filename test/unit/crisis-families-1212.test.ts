import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/assistant/safety/detect.ts';
import { describeFamilies } from '../helpers/crisis-families.ts';

const detect = createDetector();

/**
 * The families of crisis messages a seventh blind probe (2026-12-12, recall 81.1% blind) found
 * missed, in the six languages and in other words than the probe's (fixtures/crisis-1212/<lang>.json,
 * written from descriptions of the families): a reply listing what was taken and when ("the whole
 * bottle and mum's pills, an hour ago"), cutting again, punching one's own face, threats with a tool
 * and a body part, a knife taken to an ex's new partner, intrusive thoughts about harming one's baby,
 * outside a railing or past the platform's yellow line, a car running in a closed garage, pills saved
 * instead of taken, "I should have gone with her" after a funeral, an ex parked outside watching, a
 * friend's goodbye in the group chat and no answer. Each with everyday twins.
 */
describeFamilies(
  'crisis families of the 2026-12-12 probe, in other words',
  new URL('./fixtures/crisis-1212/', import.meta.url),
  detect,
  { risk: 18, everyday: 18 },
);

/**
 * What the app's own users write every day (panic in a crowd, sleepless brooding, low confidence,
 * fear of the gym, a mood to log), written apart from the training lines that taught the classifier
 * these are no crisis (fixtures/wellness-everyday.json): the classifier had read one in eight of them
 * as abuse, harm to others or self-harm, and a blind conversation probe met the crisis reply on
 * "mir ist schwindelig, mein Herz rast" and "Note mon humeur à 4 sur 5 et trouve-moi un café".
 */
describe("the app's everyday wellness talk", () => {
  const wellness = JSON.parse(
    readFileSync(new URL('./fixtures/wellness-everyday.json', import.meta.url), 'utf8'),
  ) as Record<string, string[]>;

  it.each(Object.entries(wellness))('never gets the crisis check in %s', (_, messages) => {
    expect(messages.filter((m) => detect(m) !== undefined)).toEqual([]);
  });
});
