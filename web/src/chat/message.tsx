import { useEffect, useRef, useState } from 'preact/hooks';
import { PlaceCards } from '../places/place-card.tsx';
import { useServices } from '../services.ts';
import { RichText } from '../ui/rich-text.tsx';
import { toast } from '../ui/toasts.tsx';
import { When } from '../ui/when.tsx';
import { chipDetail } from '../ui/words.ts';
import { chipLabel } from './chips.ts';
import type { ChatItem, Chip } from './client.ts';
import { copyText } from './copy.ts';
import { proposalOpen } from './state.ts';

export function Chips({ tools, askedFor }: { tools: Chip[]; askedFor: string }) {
  if (!tools.length) return null;
  return (
    <ul class="chips" aria-label="What the assistant did">
      {tools.map((t, i) => (
        <li
          key={i}
          class={`chip chip-${t.status}`}
          data-testid="tool-chip"
          title={chipDetail(t.status, t.summary)}
        >
          {chipLabel(t.name, t.status, askedFor)}
          {chipDetail(t.status, t.summary) ? (
            <span class="chip-summary"> · {chipDetail(t.status, t.summary)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** How long the Copy button says "Copied". */
const COPIED_MS = 2_000;

/** Copies a message's text; says so on the button and to screen readers. */
function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    if (!(await copyText(text))) {
      toast('Could not copy: select the text and copy it instead.', 'error');
      return;
    }
    setCopied(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), COPIED_MS);
  };
  return (
    <>
      <button type="button" class="link" onClick={copy} data-testid="copy-message">
        {copied ? 'Copied ✓' : 'Copy'}
        <span class="visually-hidden"> message</span>
      </button>
      <span class="visually-hidden" role="status">
        {copied ? 'Copied to the clipboard' : ''}
      </span>
    </>
  );
}

/** A guided exercise the assistant started: its steps, folded away until opened. */
function ExerciseCard({ exercise }: { exercise: NonNullable<ChatItem['exercise']> }) {
  return (
    <details class="place-card" data-testid="exercise-card">
      <summary>{exercise.title}</summary>
      <p>{exercise.intro}</p>
      <ol>
        {exercise.steps.map((step, i) => (
          <li key={i}>
            {step.text} <span class="chip-summary">({step.seconds} s)</span>
          </li>
        ))}
      </ol>
      <p>{exercise.outro}</p>
    </details>
  );
}

const decidedWords = { confirmed: 'Confirmed', declined: 'Declined', expired: 'No longer open' } as const;

/**
 * A message of the conversation, with its tool chips, place cards, exercise and any proposal to
 * confirm, and its actions: copy, and on the assistant's latest reply, regenerate.
 */
export function Message({
  item,
  askedFor,
  latest,
  canRegenerate = false,
}: {
  item: ChatItem;
  askedFor: string;
  latest: boolean;
  canRegenerate?: boolean;
}) {
  const { chat } = useServices();
  const [answered, setAnswered] = useState<'confirmed' | 'declined' | null>(null);
  const [regenerating, setRegenerating] = useState(false);
  const mine = item.role === 'user';
  const open = latest && !answered && proposalOpen(item.proposal, Date.now());
  // What became of a proposal: as answered here, else as the server last said (history).
  const decided = answered ?? (item.proposal?.status !== 'open' ? item.proposal?.status : undefined);
  const confirm = async () => {
    setAnswered('confirmed');
    const problem = await chat.confirm(item.proposal!.id);
    if (problem) {
      setAnswered(null);
      toast(problem, 'error');
    }
  };
  const decline = () => {
    setAnswered('declined');
    chat.send('No thanks');
  };
  const regenerate = async () => {
    setRegenerating(true);
    const problem = await chat.regenerate(item.id!);
    setRegenerating(false);
    if (problem) toast(problem, 'error');
  };
  return (
    <li
      class={`message ${mine ? 'mine' : 'theirs'} state-${item.state}`}
      data-testid={`message-${item.role}`}
    >
      <div class="bubble">
        <span class="visually-hidden">{mine ? 'You said:' : 'Assistant:'}</span>
        <RichText text={item.content} />
      </div>
      <Chips tools={item.tools} askedFor={askedFor} />
      {item.places?.length ? <PlaceCards places={item.places} /> : null}
      {item.exercise ? <ExerciseCard exercise={item.exercise} /> : null}
      {item.proposal && !open && decided ? (
        <p class="proposal-summary" data-testid="proposal-closed">
          {item.proposal.summary} · {decidedWords[decided]}
        </p>
      ) : null}
      {open ? (
        <fieldset class="proposal">
          <legend class="visually-hidden">Confirm what the assistant proposes</legend>
          {/* The server's own words for exactly what will happen, not the model's. */}
          <p class="proposal-summary" data-testid="proposal-summary">
            {item.proposal!.summary}
          </p>
          <button type="button" class="primary" onClick={confirm}>
            Confirm
          </button>
          <button type="button" class="secondary" onClick={decline}>
            No thanks
          </button>
        </fieldset>
      ) : null}
      {item.state === 'stored' && item.content ? (
        <div class="message-meta" data-testid="message-actions">
          <CopyButton text={item.content} />
          {canRegenerate && item.role === 'assistant' ? (
            <button
              type="button"
              class="link"
              onClick={regenerate}
              disabled={regenerating}
              data-testid="regenerate"
            >
              {regenerating ? 'Regenerating…' : 'Regenerate'}
              <span class="visually-hidden"> this reply</span>
            </button>
          ) : null}
        </div>
      ) : null}
      <p class="message-meta">
        {item.state === 'queued' ? (
          <span data-testid="queued">Waiting to send…</span>
        ) : item.state === 'sending' ? (
          <span>Sending…</span>
        ) : item.state === 'failed' ? (
          <span class="error">
            Not sent: {item.error}{' '}
            <button type="button" class="link" onClick={() => chat.retry(item.clientMessageId!)}>
              Retry
            </button>
          </span>
        ) : (
          <When at={item.createdAt} />
        )}
      </p>
    </li>
  );
}
