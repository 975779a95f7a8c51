import { useState } from 'preact/hooks';
import { PlaceCards } from '../places/place-card.tsx';
import { useServices } from '../services.ts';
import { clock } from '../ui/format.ts';
import { RichText } from '../ui/rich-text.tsx';
import { toast } from '../ui/toasts.tsx';
import { chipLabel } from './chips.ts';
import type { ChatItem, Chip } from './client.ts';

export function Chips({ tools, askedFor }: { tools: Chip[]; askedFor: string }) {
  if (!tools.length) return null;
  return (
    <ul class="chips" aria-label="What the assistant did">
      {tools.map((t, i) => (
        <li key={i} class={`chip chip-${t.status}`} data-testid="tool-chip" title={t.summary}>
          {chipLabel(t.name, t.status, askedFor)}
          {t.summary && t.status !== 'started' ? <span class="chip-summary"> · {t.summary}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A message of the conversation, with its tool chips, place cards and any proposal to confirm. */
export function Message({ item, askedFor, latest }: { item: ChatItem; askedFor: string; latest: boolean }) {
  const { chat } = useServices();
  const [answered, setAnswered] = useState(false);
  const mine = item.role === 'user';
  const open =
    latest &&
    !answered &&
    item.proposal !== undefined &&
    new Date(item.proposal.expiresAt).getTime() > Date.now();
  const confirm = async () => {
    setAnswered(true);
    const problem = await chat.confirm(item.proposal!.id);
    if (problem) {
      setAnswered(false);
      toast(problem, 'error');
    }
  };
  const decline = () => {
    setAnswered(true);
    chat.send('No thanks');
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
          <time dateTime={item.createdAt}>{clock(item.createdAt)}</time>
        )}
      </p>
    </li>
  );
}
