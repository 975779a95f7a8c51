import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { WireExercise } from '../../../src/contract/socket.ts';
import { useI18n } from '../i18n/index.ts';
import { reducedMotion } from '../ui/format.ts';
import { positionAt, SMALL, scaleAt } from './pacer.ts';

type Status = 'idle' | 'running' | 'paused' | 'done';

/**
 * A guided exercise the assistant started, with a pacer: Start walks through the steps at the
 * pace the server gave (each step's seconds), showing the step's words and a count down; Pause
 * holds it where it is. Breathing has a circle that grows on "breathe in", holds, and shrinks on
 * "breathe out"; grounding and the body scan are walked step by step without it. Under reduced
 * motion the circle keeps still and only the words and the count change. The words are a polite
 * live region, said once a step; the count is not announced every second.
 */
export function ExerciseCard({ exercise }: { exercise: WireExercise }) {
  const { m, fill, plural, number } = useI18n();
  const steps = exercise.steps;
  const breathing = exercise.kind === 'breathing';
  const [status, setStatus] = useState<Status>('idle');
  const [at, setAt] = useState({ index: 0, left: steps[0]?.seconds ?? 0 });
  const circle = useRef<HTMLDivElement>(null);
  // Time spent in earlier runs (ms), and when the current run began (performance.now(); null while
  // not running). Both change in the click, not in the effect: Preact runs effects after the next
  // paint, and the pace counts from the moment Start or Pause was pressed. A frame already asked
  // for when Pause is pressed sees `since` null and stops.
  const before = useRef(0);
  const since = useRef<number | null>(null);

  const draw = (scale: number) => {
    const el = circle.current;
    if (!el) return;
    el.style.transform = reducedMotion() ? '' : `scale(${scale.toFixed(3)})`;
  };

  useEffect(() => {
    if (status !== 'running') return;
    let frame = 0;
    const tick = () => {
      const start = since.current;
      if (start === null) return;
      const pos = positionAt(steps, before.current + performance.now() - start);
      if (breathing) draw(scaleAt(steps, pos));
      setAt((was) =>
        was.index === pos.index && was.left === pos.left ? was : { index: pos.index, left: pos.left },
      );
      if (pos.done) {
        since.current = null;
        setStatus('done');
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [status, steps, breathing]);

  // Before the first breath in, the circle is small (lungs empty).
  useEffect(() => {
    if (breathing && status === 'idle') draw(SMALL);
  }, [breathing, status]);

  const toggle = () => {
    if (status === 'running') {
      if (since.current !== null) before.current += performance.now() - since.current;
      since.current = null;
      setStatus('paused');
    } else {
      if (status === 'done') {
        before.current = 0;
        setAt({ index: 0, left: steps[0]?.seconds ?? 0 });
      }
      since.current = performance.now();
      setStatus('running');
    }
  };

  const step = steps[at.index];
  const started = status !== 'idle';
  const titleId = useId();
  return (
    <section class="exercise-card" aria-labelledby={titleId} data-testid="exercise-card">
      <h3 id={titleId}>{exercise.title}</h3>
      <p>{exercise.intro}</p>
      <fieldset
        class={`pacer ${breathing ? 'pacer-breathing' : 'pacer-walk'} pacer-${status}`}
        data-phase={started ? (step?.phase ?? '') : ''}
      >
        <legend class="visually-hidden">{breathing ? m.exercise.pacer : m.exercise.walk}</legend>
        {breathing ? (
          <div class="pacer-stage">
            <div class="pacer-circle" ref={circle} aria-hidden="true" data-testid="pacer-circle" />
          </div>
        ) : null}
        <div class="pacer-text">
          <p class="pacer-words" aria-live="polite" data-testid="pacer-words">
            {status === 'done' ? m.exercise.finished : started ? step?.text : m.exercise.ready}
          </p>
          {started && status !== 'done' ? (
            <p class="pacer-count">
              <span aria-hidden="true" data-testid="pacer-count">
                {at.left}
              </span>
              <span class="visually-hidden">{plural(m.exercise.secondsLeft, at.left)}</span>
            </p>
          ) : null}
        </div>
        <p class="pacer-controls">
          <button type="button" class={status === 'running' ? 'secondary' : 'primary'} onClick={toggle}>
            {status === 'running'
              ? m.exercise.pause
              : status === 'paused'
                ? m.exercise.resume
                : status === 'done'
                  ? m.exercise.again
                  : m.exercise.start}
          </button>
          {started && status !== 'done' ? (
            <span class="hint" data-testid="pacer-step">
              {fill(m.exercise.stepOf, { n: at.index + 1, total: steps.length })}
            </span>
          ) : null}
        </p>
      </fieldset>
      <details>
        <summary>{m.exercise.allSteps}</summary>
        <ol>
          {steps.map((s, i) => (
            <li key={i} aria-current={started && status !== 'done' && i === at.index ? 'step' : undefined}>
              {s.text}{' '}
              <span class="chip-summary">
                ({number(s.seconds, { style: 'unit', unit: 'second', unitDisplay: 'short' })})
              </span>
            </li>
          ))}
        </ol>
      </details>
      {status === 'done' ? <p>{exercise.outro}</p> : null}
    </section>
  );
}
