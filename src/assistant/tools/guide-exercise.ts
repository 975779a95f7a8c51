import { z } from 'zod';
import { exerciseKinds, exercises } from '../exercises.ts';
import { defineTool } from './types.ts';

export const guideExerciseTool = defineTool({
  name: 'guide_exercise',
  description:
    'Start a short guided exercise the app paces step by step: box breathing (panic, a racing heart, ' +
    "tight chest from stress, can't calm down), 5-4-3-2-1 grounding (overwhelm, spiralling thoughts) " +
    'or a body scan (tension, trouble sleeping). Offer it gently; start it when the user asks or agrees. ' +
    'Returns the steps: walk the user through them in your reply.',
  input: z.strictObject({ kind: z.enum(exerciseKinds).describe('Which exercise') }),
  sideEffect: 'none',
  run: async ({ input }) => {
    const e = exercises[input.kind];
    return { kind: e.kind, title: e.title, steps: e.steps.map((s) => s.text) };
  },
  summarize: (r) => `started ${r.title.toLowerCase()}`,
  display: (r) => ({ exercise: exercises[r.kind] }),
});
