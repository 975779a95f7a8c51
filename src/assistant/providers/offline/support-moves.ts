import { type ExerciseKind, exerciseIn, exerciseText } from '../../exercises.ts';
import { type MoodReading, moodIn } from '../../mood-words.ts';
import { askToConfirm, call, type Flow, lastOutcome, type Move, proposalOf } from './flow.ts';
import { wordsOf } from './i18n/index.ts';
import { pick } from './say.ts';
import { topicIn } from './words.ts';

/**
 * Support, not only logistics (issue 16, point 3): a mood check-in is recorded and acknowledged
 * before anything is offered; a low or anxious mood is offered a short exercise; an exercise asked
 * for (or panic words) is started at once, its steps paced by the client.
 */

/**
 * The feeling in the user's own words: a Spanish, French or German message is read through its
 * English gloss, and the English words must not reach the mood log or the reply ("te sens didn't
 * sleep"). Their own mood words when the table knows them, else the gloss given back, else the score.
 */
function ownWords(f: Flow, mood: MoodReading): string {
  if (!f.original) return mood.feeling;
  const own = moodIn(f.original);
  if (own && own.score === mood.score) return own.feeling;
  const back = f.ungloss?.(mood.feeling);
  return back && back !== mood.feeling ? back : `${mood.score}/5`;
}

/** "Feeling 2/5 today", "pretty low", "anxious about tomorrow". */
export function moodCheckIn(f: Flow, mood: MoodReading): Move {
  const done = lastOutcome(f, 'log_mood');
  if (!done) return call('log_mood', { score: mood.score, feeling: ownWords(f, mood).slice(0, 40) });
  const proposed = proposalOf(done);
  if (proposed) return askToConfirm(f, proposed);
  const c = wordsOf(f).mood;
  const trend = done.ok
    ? (done.result as { trend?: { entries: number; direction: string } }).trend
    : undefined;
  const noted = done.ok ? pick(f.seed, c.noted) : '';
  const lately =
    trend && trend.entries >= 4 && trend.direction === 'up'
      ? ` ${c.trendUp}`
      : trend && trend.entries >= 4 && trend.direction === 'down'
        ? ` ${c.trendDown}`
        : '';
  // "Anxious about the gym": the topic kept for "who could help with that?".
  const topic = topicIn(f.facts.text.toLowerCase());
  const about = topic ? { specialization: topic } : {};
  if (mood.score <= 2) {
    const anxious =
      /anx|nerv|stress|worr|overwhelm|scared|panic|agob|angoiss|stresse|gestresst|uberford|angst/.test(
        `${mood.feeling} ${f.facts.text.toLowerCase()}`,
      );
    return {
      say: `${pick(f.seed, c.low)(f)} ${noted}${lately} ${anxious ? c.offerBreathing : c.offerGrounding}`,
      memory: { awaiting: 'exercise_offer', exercise: anxious ? 'breathing' : 'grounding', ...about },
    };
  }
  if (mood.score === 3) {
    return { say: `${pick(f.seed, c.middling)(f)} ${noted}${lately} ${c.middlingAsk}`, memory: about };
  }
  return { say: `${pick(f.seed, c.good)(f)} ${noted}${lately} ${c.goodAsk}`, memory: about };
}

/** "Can we do a breathing exercise?", "ground me", "my chest is tight, heart racing". */
export function guide(f: Flow, kind: ExerciseKind, panic = false): Move {
  const done = lastOutcome(f, 'guide_exercise');
  if (!done) return call('guide_exercise', { kind });
  const e = exerciseIn(kind, f.lang);
  const safety = panic ? `\n\n${wordsOf(f).mood.panicSafety}` : '';
  return { say: `${exerciseText(e)}${safety}` };
}
