import { z } from 'zod';
import { exerciseKinds, exercises } from '../exercises.ts';
import { defineTool } from './types.ts';

export const guideExerciseTool = defineTool({
  name: 'guide_exercise',
  description:
    "A short exercise the app paces: box breathing (panic, racing heart, can't calm down), 5-4-3-2-1 " +
    'grounding (overwhelm, spiralling thoughts), body_scan (tension, poor sleep). Offer gently; start ' +
    'when asked or agreed, then walk the user through the returned steps.',
  input: z.strictObject({ kind: z.enum(exerciseKinds) }),
  sideEffect: 'none',
  run: async ({ input }) => {
    const e = exercises[input.kind];
    return { kind: e.kind, title: e.title, steps: e.steps.map((s) => s.text) };
  },
  summarize: (r) => `started ${r.title.toLowerCase()}`,
  display: (r) => ({ exercise: exercises[r.kind] }),
});
