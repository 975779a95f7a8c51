import { describe, expect, it } from 'vitest';
import { createBreaker } from '../../src/assistant/coordination/breaker.ts';
import { budgetHistory, countTokens, type Exchange } from '../../src/assistant/memory/history.ts';
import {
  execute,
  MAX_RESULT_CHARS,
  parseCall,
  resultForModel,
  toolSpecs,
  tools,
} from '../../src/assistant/tools/registry.ts';

describe('tools as data', () => {
  it('offers every tool with a JSON Schema made from its zod input, none taking a user id', () => {
    expect(toolSpecs.map((t) => t.function.name)).toEqual(tools.map((t) => t.name));
    for (const spec of toolSpecs) {
      expect(spec.function.parameters).toMatchObject({ type: 'object', additionalProperties: false });
      expect(JSON.stringify(spec.function.parameters)).not.toMatch(/user_?id/i);
      expect(spec.function.description.length).toBeGreaterThan(20);
    }
    const sideEffects = Object.fromEntries(tools.map((t) => [t.name, t.sideEffect]));
    expect(sideEffects).toMatchObject({
      book_mentor_session: 'confirm',
      cancel_mentor_session: 'confirm',
      check_in: 'write',
      create_reminder: 'write',
      search_locations: 'none',
    });
  });

  it('validates arguments with the same schema, naming the fields, and refuses unknown keys', () => {
    const bad = parseCall('check_in', JSON.stringify({ locationId: 'x', mood: 'elated', userId: 'someone' }));
    expect(bad.ok).toBe(false);
    const fields = bad.ok ? [] : (bad.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['locationId', 'mood', 'userId']);
    const good = parseCall('list_rewards', '{}');
    expect(good).toMatchObject({ ok: true, input: { status: 'active', limit: 5 } });
    expect(parseCall('nope', '{}')).toMatchObject({ ok: false, error: { code: 'unknown_tool' } });
  });

  it('tells the user what to do when a tool fails, in words, never a code', async () => {
    // Nowhere to search around: no device location, no city.
    const ctx = { location: undefined, timeZone: 'UTC', now: new Date() } as unknown as Parameters<
      typeof execute
    >[3];
    const failed = await execute(
      'c1',
      parseCall('search_locations', '{}'),
      'search_locations',
      ctx,
      () => {},
    );
    expect(failed).toMatchObject({ ok: false, error: { code: 'location_needed' } });
    expect(failed.summary).toBe('Share your location or name a town so I can look nearby.');
    const invalid = await execute(
      'c2',
      parseCall('check_in', '{"locationId":"x"}'),
      'check_in',
      ctx,
      () => {},
    );
    expect(invalid.summary).toMatch(/^Some details were missing or unclear/);
    const unknown = await execute('c3', parseCall('nope', '{}'), 'nope', ctx, () => {});
    expect(unknown.summary).not.toMatch(/_/);
  });

  it('answers garbage arguments to every tool with invalid_arguments and a sentence, running nothing', () => {
    const garbage = [
      'not json',
      '[]',
      '{"sessionId": 5, "scheduledAt": [], "locationId": {}, "minutes": "x"}',
    ];
    for (const spec of toolSpecs) {
      for (const raw of garbage) {
        const call = parseCall(spec.function.name, raw);
        // A tool that takes no arguments may accept an object; never an array or text.
        if (call.ok) {
          expect(raw.startsWith('{'), `${spec.function.name} accepted ${raw}`).toBe(true);
          continue;
        }
        expect(call.error.code, `${spec.function.name} ${raw}`).toBe('invalid_arguments');
      }
    }
  });

  it('bounds what a result may cost the prompt', () => {
    const huge = resultForModel({
      callId: 'c',
      name: 'search_locations',
      sideEffect: 'none',
      ok: true,
      result: {
        places: Array.from({ length: 500 }, (_, i) => ({ name: `Place ${i}`, description: 'x'.repeat(200) })),
      },
      summary: '',
    });
    expect(huge.length).toBeLessThanOrEqual(MAX_RESULT_CHARS);
    expect(JSON.parse(huge)).toMatchObject({ truncated: true });
  });
});

describe('the history budget', () => {
  const exchange = (i: number, words: string): Exchange => ({
    user: { id: `u${String(i).padStart(5, '0')}`, role: 'user', content: words, createdAt: new Date() },
    replies: [
      {
        id: `v${String(i).padStart(5, '0')}`,
        role: 'assistant',
        content: words,
        createdAt: new Date(),
        replyTo: `u${i}`,
        context: { turnId: `t${i}`, result: 'ok' },
      },
    ],
  });
  const conversation = (n: number) => Array.from({ length: n }, (_, i) => exchange(i, 'calm '.repeat(80)));
  const size = (n: number) =>
    budgetHistory(conversation(n), 1_000, false).messages.reduce(
      (sum, m) => sum + countTokens(String(m.content)),
      0,
    );

  it('keeps the newest exchanges that fit and one line for the rest, whatever the length', () => {
    expect(size(200)).toBe(size(20));
    expect(size(2_000)).toBe(size(20));
    const kept = budgetHistory(conversation(200), 1_000, false);
    expect(kept.tokens).toBeLessThanOrEqual(1_000);
    expect(kept.omitted).toBeGreaterThan(190);
    expect(kept.messages[0]).toMatchObject({ role: 'system' });
  });

  it('leaves crisis exchanges out entirely', () => {
    const ex = conversation(3);
    ex[1]!.replies[0]!.context = { turnId: 't', result: 'crisis', crisis: true };
    ex[1]!.user.content = 'something private';
    const { messages } = budgetHistory(ex, 10_000, false);
    expect(JSON.stringify(messages)).not.toContain('something private');
    expect(messages).toHaveLength(4);
  });
});

describe('the circuit breaker', () => {
  it('opens after repeated failures, lets one trial through after the cooldown, and closes on success', () => {
    let t = 0;
    const b = createBreaker({ threshold: 3, cooldownMs: 1_000, now: () => t });
    for (let i = 0; i < 3; i++) {
      expect(b.allow()).toBe(true);
      b.failure();
    }
    expect(b.allow()).toBe(false);
    t = 1_000;
    expect(b.allow()).toBe(true);
    expect(b.allow()).toBe(false);
    b.failure();
    expect(b.allow()).toBe(false);
    t = 2_000;
    expect(b.allow()).toBe(true);
    b.success();
    expect(b.state).toBe('closed');
  });
});
