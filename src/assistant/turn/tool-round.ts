import { randomUUID } from 'node:crypto';
import type { Deps } from '../../deps.ts';
import type { ReplyAttachments } from '../../domain/chat/attachments.ts';
import { withPublic, withUser } from '../../domain/context.ts';
import { getLocation } from '../../domain/locations/get.ts';
import type { TurnSink } from '../assistant.ts';
import { openInput, type Proposal, type StoredToolCall, sealInput, withoutNotes } from '../memory/context.ts';
import { replyLanguageOf } from '../providers/offline/i18n/index.ts';
import { asMemory } from '../providers/offline/memory.ts';
import type { ModelCall, TurnFacts } from '../providers/types.ts';
import { execute, type ParsedCall, parseCall, resultForModel, type ToolOutcome } from '../tools/registry.ts';
import type { ToolContext } from '../tools/types.ts';
import { clip } from '../tools/views.ts';
import { type Consent, type PlaceFacts, sessionFactsOf } from './consent.ts';

/** What later turns keep of a result. */
const BRIEF_CHARS = 1_200;

class DryRun extends Error {
  constructor(readonly value: unknown) {
    super('dry run');
  }
}

/** The ids of the places a result showed, kept so the next turn may check in at them directly. */
function placesShown(o: ToolOutcome): string[] {
  if (!o.ok) return [];
  if (o.name === 'search_locations')
    return (o.result as { places: { id: string }[] }).places.map((p) => p.id);
  if (o.name === 'get_location') return [(o.result as { id: string }).id];
  return [];
}

/**
 * Running a turn's tool calls: each reported as chat:tool and recorded for the stored context.
 * A call to a confirm tool (booking, cancelling), or a write the user did not plainly ask for
 * (consent.ts), is checked by a dry run — the verb in a transaction that is rolled back — and
 * becomes a proposal; only `confirmed` carries one out.
 */
export function createToolRound(env: {
  deps: Deps;
  userId: string;
  turnId: string;
  facts: TurnFacts;
  proposalTtlMs: number;
  sink: TurnSink;
  consent: Consent;
}) {
  const { deps, userId, turnId, facts, sink } = env;
  const log = (err: unknown) => deps.logger.error({ err, userId, turnId }, 'assistant tool failed');
  const outcomes: ToolOutcome[] = [];
  const records: StoredToolCall[] = [];
  /** The cards the client was sent (chat:tool), kept with the reply: the latest of each kind. */
  const attachments: ReplyAttachments = {};
  let proposal: Proposal | undefined;

  // The conversation's language, as the offline companion tells it (this message, else the last
  // reply's): the language the server writes a proposal's summary in. Told when a tool first asks:
  // a turn without tools (most model turns) never pays for it before its first word.
  let lang: ToolContext['lang'] | undefined;
  const langOf = () => {
    lang ??= replyLanguageOf(facts.text, asMemory(facts.previous?.offline)).lang;
    return lang;
  };
  const ctx = (dry: boolean): ToolContext => ({
    deps,
    userId,
    location: facts.location,
    timeZone: facts.timeZone,
    get lang() {
      return langOf();
    },
    now: facts.now,
    asUser: dry
      ? async (fn) => {
          try {
            await withUser(deps, userId, async (u) => {
              throw new DryRun(await fn(u));
            });
          } catch (err) {
            if (err instanceof DryRun) return err.value as never;
            throw err;
          }
          throw new Error('unreachable');
        }
      : (fn) => withUser(deps, userId, fn),
    asPublic: (fn) => withPublic(deps, fn),
  });

  const record = (o: ToolOutcome, rawArguments: string, proposed: boolean) => {
    outcomes.push(o);
    const brief = resultForModel(o);
    const places = placesShown(o);
    records.push({
      id: o.callId,
      name: o.name,
      arguments: o.input === undefined ? safeJson(rawArguments) : withoutNotes(o.input),
      ok: o.ok,
      summary: o.summary,
      brief: brief.length <= BRIEF_CHARS ? brief : `${brief.slice(0, BRIEF_CHARS)}…`,
      ...(proposed ? { proposed: true } : {}),
      ...(places.length ? { places } : {}),
    });
  };

  /** The place a check_in names, for the consent rule; undefined when it does not exist. */
  const placeOf = async (input: unknown): Promise<PlaceFacts | undefined> => {
    const { locationId } = input as { locationId: string };
    try {
      const p = await withPublic(deps, (pub) => getLocation(pub, locationId));
      return { id: p.id, name: p.name, lat: p.latitude, lng: p.longitude };
    } catch {
      return undefined;
    }
  };

  /** Whether a parsed call is proposed (dry run) rather than run. */
  const proposes = async (parsed: ParsedCall): Promise<boolean> => {
    if (!parsed.ok) return false;
    if (parsed.tool.sideEffect === 'confirm') return true;
    if (parsed.tool.sideEffect !== 'write') return false;
    const place = parsed.tool.name === 'check_in' ? await placeOf(parsed.input) : undefined;
    const session =
      parsed.tool.name === 'reschedule_mentor_session'
        ? await sessionFactsOf(deps, userId, facts, (parsed.input as { sessionId: string }).sessionId)
        : undefined;
    return !env.consent.direct(parsed.tool.name, parsed.input, { place, session });
  };

  async function run(call: ModelCall, parsed: ParsedCall, dryRun: boolean): Promise<ToolOutcome> {
    sink.tool(turnId, call.name, 'started');
    let outcome = await execute(call.id, parsed, call.name, ctx(dryRun), log);
    let proposed = false;
    if (dryRun && outcome.ok && parsed.ok && parsed.tool.propose) {
      const summary = parsed.tool.propose(outcome.result, parsed.input, ctx(false));
      proposal = {
        id: randomUUID(),
        tool: parsed.tool.name,
        sealedInput: sealInput(deps.cipher, userId, parsed.input),
        summary,
        expiresAt: new Date(facts.now.getTime() + env.proposalTtlMs).toISOString(),
      };
      proposed = true;
      outcome = {
        ...outcome,
        result: {
          proposed: true,
          proposalId: proposal.id,
          proposal: summary,
          note: 'Nothing has been done yet. Ask the user to confirm this exact proposal; it is carried out only if they say yes.',
        },
        summary: `proposed: ${summary}`,
      };
    }
    sink.tool(turnId, call.name, outcome.ok ? 'done' : 'failed', clip(outcome.summary, 120), outcome.display);
    if (outcome.ok && outcome.display?.places) attachments.places = outcome.display.places;
    if (outcome.ok && outcome.display?.exercise) attachments.exercise = outcome.display.exercise;
    record(outcome, call.arguments, proposed);
    return outcome;
  }

  return {
    outcomes,
    records,
    attachments,
    get proposal() {
      return proposal;
    },
    /** One model step's calls, run together. Only one proposal per step; proposals dry-run. */
    async step(calls: ModelCall[]): Promise<ToolOutcome[]> {
      const parsed = calls.map((call) => parseCall(call.name, call.arguments));
      const proposed = await Promise.all(parsed.map(proposes));
      let proposing = false;
      return Promise.all(
        calls.map((call, i) => {
          const p = parsed[i]!;
          if (p.ok && proposed[i]) {
            if (proposing) {
              const error = { code: 'one_at_a_time', message: 'Propose one action at a time.' };
              return run(call, { ok: false, tool: p.tool, error }, false);
            }
            proposing = true;
            return run(call, p, true);
          }
          return run(call, p, false);
        }),
      );
    },
    /** Carries out a proposal the user said yes to: exactly the input that was stored. */
    async confirmed(open: Proposal): Promise<{ call: ModelCall; outcome: ToolOutcome }> {
      const call: ModelCall = {
        id: `call_${open.id.replaceAll('-', '').slice(0, 20)}`,
        name: open.tool,
        arguments: JSON.stringify(openInput(deps.cipher, userId, open.sealedInput)),
      };
      return { call, outcome: await run(call, parseCall(call.name, call.arguments), false) };
    },
  };
}

/** Arguments that failed validation, stored only when they are valid, short JSON (notes removed). */
function safeJson(raw: string): string {
  if (raw.length > 500) return '{}';
  try {
    return withoutNotes(JSON.parse(raw));
  } catch {
    return '{}';
  }
}
