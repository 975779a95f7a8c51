/**
 * Short guided exercises the companion offers on panic or overwhelm words and on request (issue
 * 16, point 3): box breathing, 5-4-3-2-1 grounding and a short body scan. Each is a list of steps
 * with how long to stay on it, so the web client can pace them (a breathing pacer: in, hold, out)
 * and the chat can show them as text. Written from the common public descriptions of these
 * techniques (box breathing as taught in stress-management courses; the 5-4-3-2-1 sensory
 * grounding exercise; a brief body scan as in mindfulness practice); none is a treatment.
 * The words are in each language's message catalogue (providers/offline/i18n, `exercises`); the
 * steps' timing and breathing phases, here, are the same in every language.
 */

import { catalogues, type Lang } from './providers/offline/i18n/index.ts';

export const exerciseKinds = ['breathing', 'grounding', 'body_scan'] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

export interface ExerciseStep {
  text: string;
  /** How long this step lasts, for the pacer. */
  seconds: number;
  /** For breathing: which way the pacer moves. */
  phase?: 'in' | 'hold' | 'out';
}

export interface Exercise {
  kind: ExerciseKind;
  title: string;
  intro: string;
  steps: ExerciseStep[];
  outro: string;
}

/** How long each step of the 5-4-3-2-1 grounding and of the body scan lasts, in seconds. */
export const groundingSeconds = [20, 20, 15, 15, 10] as const;
export const bodyScanSeconds = [10, 20, 20, 20, 20, 15] as const;

/** An exercise in one language: that catalogue's words on the shared timing. */
export function exerciseIn(kind: ExerciseKind, lang: Lang): Exercise {
  const words = catalogues[lang].exercises;
  if (kind === 'breathing') {
    const w = words.breathing;
    // Box breathing: four rounds of in, hold, out, hold, four seconds each; the first says more.
    const box = (round: number): ExerciseStep[] => [
      { text: round === 1 ? w.firstIn : w.in, seconds: 4, phase: 'in' },
      { text: w.hold, seconds: 4, phase: 'hold' },
      { text: round === 1 ? w.firstOut : w.out, seconds: 4, phase: 'out' },
      { text: w.hold, seconds: 4, phase: 'hold' },
    ];
    return { kind, title: w.title, intro: w.intro, steps: [1, 2, 3, 4].flatMap(box), outro: w.outro };
  }
  const w = words[kind];
  const seconds = kind === 'grounding' ? groundingSeconds : bodyScanSeconds;
  return {
    kind,
    title: w.title,
    intro: w.intro,
    steps: seconds.map((s, i) => ({ text: w.steps[i] ?? '', seconds: s })),
    outro: w.outro,
  };
}

/** The exercises in English (what the guide_exercise tool hands a model and the web client). */
export const exercises: Record<ExerciseKind, Exercise> = {
  breathing: exerciseIn('breathing', 'en'),
  grounding: exerciseIn('grounding', 'en'),
  body_scan: exerciseIn('body_scan', 'en'),
};

/** The exercise as chat text: the intro, numbered steps, and the close. */
export function exerciseText(e: Exercise): string {
  return [`**${e.title}**`, e.intro, ...e.steps.map((s, i) => `${i + 1}. ${s.text}`), e.outro].join('\n');
}
