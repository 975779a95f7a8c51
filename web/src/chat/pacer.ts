import type { WireExercise } from '../../../src/contract/socket.ts';

/**
 * Where a guided exercise stands after some time, from the steps and durations the server sends
 * (src/assistant/exercises.ts): which step, how many whole seconds are left in it, and for
 * breathing how big the pacer's circle is. Pure, so the unit tests walk it without a clock.
 */

export type PacerStep = WireExercise['steps'][number];

export interface PacerPosition {
  /** The step being done (the last one once done). */
  index: number;
  /** Whole seconds left in the step, counting down: 4, 3, 2, 1. */
  left: number;
  /** How far through the step, 0 to 1. */
  progress: number;
  done: boolean;
}

/** The step and the count `elapsedMs` after the start. */
export function positionAt(steps: readonly PacerStep[], elapsedMs: number): PacerPosition {
  let start = 0;
  for (const [index, step] of steps.entries()) {
    const length = step.seconds * 1000;
    if (elapsedMs < start + length) {
      const into = Math.max(0, elapsedMs - start);
      return { index, left: Math.ceil((length - into) / 1000), progress: into / length, done: false };
    }
    start += length;
  }
  return { index: Math.max(0, steps.length - 1), left: 0, progress: 1, done: true };
}

/** The whole exercise, in ms. */
export const totalMs = (steps: readonly PacerStep[]): number =>
  steps.reduce((sum, s) => sum + s.seconds * 1000, 0);

/** The circle's size, as a scale of its full size: small when the lungs are empty, full when full. */
export const SMALL = 0.45;
export const FULL = 1;

/** Slow at both ends, like a breath. */
const ease = (p: number) => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, p)))) / 2;

/**
 * The circle at a position: it grows through "breathe in", shrinks through "breathe out", and a
 * hold keeps the size the step before left it (full after in, small after out).
 */
export function scaleAt(steps: readonly PacerStep[], pos: Pick<PacerPosition, 'index' | 'progress'>): number {
  const phase = steps[pos.index]?.phase;
  if (phase === 'in') return SMALL + (FULL - SMALL) * ease(pos.progress);
  if (phase === 'out') return FULL - (FULL - SMALL) * ease(pos.progress);
  for (let i = pos.index - 1; i >= 0; i--) {
    const before = steps[i]?.phase;
    if (before === 'in') return FULL;
    if (before === 'out') return SMALL;
  }
  return SMALL;
}
