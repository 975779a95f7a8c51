import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/assistant/memory/history.ts';
import { chatLanguage } from '../../src/assistant/providers/offline/gloss/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { eveOf } from '../../src/assistant/providers/offline/session-reminder.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { localDate } from '../../src/assistant/providers/offline/when.ts';
import { isExplicitYes, proposalBeforeAside } from '../../src/assistant/turn/proposals.ts';

/**
 * Issue 16, the families the 2026-12-15 conversation probe and the sixteenth session's list found
 * wrong in the shared English core, tested in other words. The Spanish, French and German glosses
 * have their own files.
 */

describe('"later" signs off only on its own', () => {
  it.each(['later!', 'ok later', 'talk later', 'catch you later x', 'speak to you later', 'laters'])(
    '"%s" is a goodbye',
    (text) => {
      expect(understand(text, {}).kind).toBe('bye');
    },
  );

  it.each(['2 hours later', 'a bit later', 'make it later', 'two hours later please', 'later that day'])(
    '"%s" is a time, not a goodbye',
    (text) => {
      expect(understand(text, {}).kind).not.toBe('bye');
    },
  );
});

describe('a mentor asked for by what is hard', () => {
  it.each([
    ['been avoiding the gym since january, is there someone here who gets that?', 'gym anxiety'],
    ['i dread going to the gym. anyone around who understands?', 'gym anxiety'],
    ['my sleep is a mess lately, does anyone on here help with sleep?', 'sleep'],
    ['is there somebody here who knows about panic attacks', 'panic attacks'],
  ])('"%s" looks for a mentor for %s', (text, topic) => {
    expect(understand(text, {})).toMatchObject({ kind: 'find_mentor', specialization: topic });
  });
});

describe('the mentor in view, by a pronoun', () => {
  const memory: Memory = {
    mentors: [{ id: 'm1', name: 'Siobhán Murphy', meets: 'virtual', specialization: ['sleep'] }],
  };
  it.each([
    'thursday at 4pm with her then',
    'could i meet him tomorrow at 10',
    'id like to see her sometime this week',
  ])('"%s" books with them', (text) => {
    expect(understand(text, memory).kind).toBe('book_mentor');
  });

  it('needs a mentor in view', () => {
    expect(understand('thursday at 4pm with her then', {}).kind).not.toBe('book_mentor');
  });
});

describe('a yes that names the act still answers a proposal after an aside', () => {
  it.each([
    ['alright then, book it', 'book_mentor_session'],
    ['right, confirm it', 'book_mentor_session'],
    ['fine, cancel it', 'cancel_mentor_session'],
    ['vale, resérvala', 'book_mentor_session'],
    ['ok, bestätigen', 'book_mentor_session'],
  ])('"%s" for %s', (text, tool) => {
    expect(isExplicitYes(text, tool)).toBe(true);
  });

  it.each([
    ['yes', 'book_mentor_session'],
    ['sure', 'book_mentor_session'],
    ['ok cancel it', 'book_mentor_session'],
  ])('not "%s" for %s', (text, tool) => {
    expect(isExplicitYes(text, tool)).toBe(false);
  });
});

describe('English words and numbers keep an English conversation English', () => {
  it.each(['no 4', 'no, 5pm', 'ok 3', 'yes 2'])('"%s"', (text) => {
    expect(chatLanguage(text, 'en')).toBe('en');
  });
});

describe('an hour on the evening before is an evening hour', () => {
  const session = new Date('2030-05-10T16:00:00Z'); // Friday 10 May, 17:00 in London
  const now = new Date('2030-05-06T08:00:00Z');
  const at = (text: string) => {
    const when = eveOf(text, session, now, 'Europe/London');
    if (!when) return undefined;
    const d = localDate(when, 'Europe/London');
    return `${d.day} ${d.hour}:${String(d.minute).padStart(2, '0')}`;
  };
  it.each([
    ['remind me the evening before, at 7', '9 19:00'],
    ['the night before at half 10', '9 22:30'],
    ['the evening before at 8am please', '9 8:00'],
    ['the day before at 9', '9 9:00'],
    ['the evening before', '9 20:00'],
  ])('"%s" is %s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });
});

describe('the proposal behind an aside', () => {
  const now = new Date('2030-05-06T08:00:00Z');
  const proposal = {
    id: 'p1',
    tool: 'book_mentor_session',
    summary: 'Book Lena Vogel on Wed 8 May, 11:00',
    expiresAt: '2030-05-06T09:00:00Z',
  };
  const exchange = (n: number, context: Record<string, unknown>) => ({
    user: { id: `0${n}a`, role: 'user', content: 'x' },
    replies: [{ id: `0${n}b`, role: 'assistant', content: 'y', context }],
  });
  const history = (asideContext: Record<string, unknown>) =>
    [exchange(1, { proposal }), exchange(2, asideContext)] as unknown as Exchange[];

  it('is open after an aside that let it drop', () => {
    const open = proposalBeforeAside(
      history({ proposalOutcome: { id: 'p1', decision: 'dropped' } }),
      '03',
      now,
    );
    expect(open?.proposal.id).toBe('p1');
  });

  it.each(['declined', 'confirmed'])('is settled once %s', (decision) => {
    expect(
      proposalBeforeAside(history({ proposalOutcome: { id: 'p1', decision } }), '03', now),
    ).toBeUndefined();
  });

  it('is gone once the aside proposed something else, or once it expired', () => {
    expect(proposalBeforeAside(history({ proposal: { ...proposal, id: 'p2' } }), '03', now)).toBeUndefined();
    expect(proposalBeforeAside(history({}), '03', new Date('2030-05-06T10:00:00Z'))).toBeUndefined();
  });
});
