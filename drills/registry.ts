import { abuseDrill } from './abuse.ts';
import { crashDrill } from './crash.ts';
import { databaseDrill } from './database.ts';
import { floodDrill } from './flood.ts';
import { identityDrill } from './identity.ts';
import type { Drill } from './lib/types.ts';
import { modelDrill } from './model.ts';
import { redisOutageDrill } from './redis-outage.ts';
import { soakDrill } from './soak.ts';

/** Every drill, in the order (the order `npm run drill` runs them). */
export const drills: Drill[] = [
  crashDrill,
  redisOutageDrill,
  databaseDrill,
  modelDrill,
  floodDrill,
  identityDrill,
  abuseDrill,
  soakDrill,
];
