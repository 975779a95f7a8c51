import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { PlaceCards } from '../places/place-card.tsx';
import { useServices } from '../services.ts';
import { RichText } from '../ui/rich-text.tsx';
import { toast } from '../ui/toasts.tsx';
import { When } from '../ui/when.tsx';
import { chipDetail } from '../ui/words.ts';
import { chipLabel } from './chips.ts';
import type { ChatItem, Chip } from './client.ts';
import { copyText } from './copy.ts';
import { ExerciseCard } from './exercise-card.tsx';
import { proposalOpen } from './state.ts';

export function Chips({ tools, askedFor }: { tools: Chip[]; askedFor: string }) {
  const { m } = useI18n();
  if (!tools.length) return null;
  return (
    <ul class="chips" aria-label={m.chat.whatItDid}>
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
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    if (!(await copyText(text))) {
      toast(m.chat.copyFailed, 'error');
      return;
    }
    setCopied(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), COPIED_MS);
  };
  return (
    <>
      <button type="button" class="link" onClick={copy} data-testid="copy-message">
        {copied ? m.chat.copied : m.chat.copy}
        <span class="visually-hidden">{m.chat.copyMessage}</span>
      </button>
      <span class="visually-hidden" role="status">
        {copied ? m.chat.copiedStatus : ''}
      </span>
    </>
  );
}

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
  const { m, fill } = useI18n();
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
    chat.send(m.chat.declineMessage);
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
        <span class="visually-hidden">{mine ? m.chat.youSaid : m.chat.assistantSaid}</span>
        <RichText text={item.content} />
      </div>
      <Chips tools={item.tools} askedFor={askedFor} />
      {item.places?.length ? <PlaceCards places={item.places} /> : null}
      {item.exercise ? <ExerciseCard exercise={item.exercise} /> : null}
      {item.proposal && !open && decided ? (
        <p class="proposal-summary" data-testid="proposal-closed">
          {item.proposal.summary} · {m.chat[decided]}
        </p>
      ) : null}
      {open ? (
        <fieldset class="proposal">
          <legend class="visually-hidden">{m.chat.proposalLegend}</legend>
          {/* The server's own words for exactly what will happen, not the model's. */}
          <p class="proposal-summary" data-testid="proposal-summary">
            {item.proposal!.summary}
          </p>
          <button type="button" class="primary" onClick={confirm}>
            {m.chat.confirm}
          </button>
          <button type="button" class="secondary" onClick={decline}>
            {m.chat.decline}
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
              {regenerating ? m.chat.regenerating : m.chat.regenerate}
              <span class="visually-hidden">{m.chat.thisReply}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      <p class="message-meta">
        {item.state === 'queued' ? (
          <span data-testid="queued">{m.chat.queued}</span>
        ) : item.state === 'sending' ? (
          <span>{m.chat.sending}</span>
        ) : item.state === 'failed' ? (
          <span class="error">
            {fill(m.chat.notSent, { error: item.error ?? '' })}{' '}
            <button type="button" class="link" onClick={() => chat.retry(item.clientMessageId!)}>
              {m.chat.retry}
            </button>
          </span>
        ) : (
          <When at={item.createdAt} />
        )}
      </p>
    </li>
  );
}
