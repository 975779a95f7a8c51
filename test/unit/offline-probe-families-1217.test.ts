import { describe, expect, it } from 'vitest';
import { requestsIn } from '../../src/assistant/providers/offline/compound.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { mentionedIn } from '../../src/assistant/providers/offline/names.ts';
import { standardEnglish } from '../../src/assistant/providers/offline/regional.ts';
import { sessionMoveIn } from '../../src/assistant/providers/offline/session-moves.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { isAffirmative, isNegative } from '../../src/assistant/turn/proposals.ts';
import { localTime } from '../../src/domain/local-time.ts';

/**
 * Issue 16, the families the 2026-12-17 conversation probe found wrong in the shared English core,
 * tested in other words: a mood to log said with another request, a morning hour said as such,
 * a day then "to" and an hour, Scots, Irish, Australian and Indian words, a short word that is only
 * one letter from a place's name, "no worries" as a yes, a place judged by name ("any good?"),
 * reminders asked for with words between ("pop in a quick reminder"), and a session told about
 * before it is moved. The glosses have their own files; the dialogue moves are tested over the
 * socket in test/integration/assistant-moves.test.ts.
 */

const now = new Date('2030-05-06T08:00:00Z');
const zone = 'Europe/London';
const when = (text: string) => {
  const w = parseWhen(text, now, zone);
  return w.at ? localTime(w.at.toISOString(), zone) : w.dayOnly ? 'day only' : w.past ? 'past' : 'none';
};

describe('a mood to log said with another request', () => {
  it.each([
    ['please put my mood down as 4 and then walk me through some grounding', ['mood', 'exercise']],
    ['note my mood as 2 and take me through a breathing exercise', ['mood', 'exercise']],
    ['log my mood at 3, feeling swamped and overwhelmed, and find me a calm cafe', ['mood', 'find_places']],
    ['log my mood as 1 and someone who can help with panic attacks', ['mood', 'find_mentor']],
    ['note my mood as 3 and guide me through a breathing exercise, I am tense', ['mood', 'exercise']],
  ])('"%s" is %j', (text, kinds) => {
    const parts = requestsIn(text, {});
    expect(parts?.map((p) => understand(p, {}).kind)).toEqual(kinds);
  });

  it.each(['log my mood as 2, totally overwhelmed', 'record my mood as 1, I am so overwhelmed today'])(
    '"%s" is one mood, its feeling said, not an exercise',
    (text) => {
      expect(requestsIn(text, {})).toBeUndefined();
      expect(understand(text, {})).toMatchObject({ kind: 'mood' });
    },
  );

  it('still offers grounding to someone overwhelmed who logs nothing', () => {
    expect(understand("I'm so overwhelmed right now", {})).toMatchObject({
      kind: 'exercise',
      exercise: 'grounding',
    });
  });

  it.each([
    ['set my mood to 4', 4],
    ['put my mood in at 2', 2],
  ])('"%s" logs %d', (text, score) => {
    expect(understand(text, {})).toMatchObject({ kind: 'mood', mood: { score } });
  });
});

describe('an hour said in the morning', () => {
  it.each([
    ['remind me tomorrow morning at 6 to stretch', 'Tue 7 May, 06:00'],
    ['first thing tomorrow, around 8, remind me to call the bank', 'Tue 7 May, 08:00'],
    ['early on thursday at 7 please', 'Thu 9 May, 07:00'],
    ['tomorrow at 06:30', 'Tue 7 May, 06:30'],
  ])('"%s" is %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it.each([
    ['remind me today at 7 to take my pills', 'Mon 6 May, 19:00'],
    ['today at 6', 'Mon 6 May, 18:00'],
    ['tomorrow at 3', 'Tue 7 May, 15:00'],
    ['tomorrow evening at 7', 'Tue 7 May, 19:00'],
    ['friday at 5:30', 'Fri 10 May, 17:30'],
  ])('leaves "%s" in the afternoon or evening: %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });
});

describe('a day, then "to" and an hour', () => {
  it.each([
    ['shift my session on wednesday to 4pm', 'Wed 8 May, 16:00'],
    ['can the thursday one go to 10:30', 'Thu 9 May, 10:30'],
  ])('"%s" is that day at that hour: %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });
});

describe('Scots, Irish, Australian and Indian words', () => {
  it.each([
    [
      'will ye mind me the morra at 9 to water the plants',
      'will you remind me tomorrow at 9 to water the plants',
    ],
    ['the booking fae earlier', 'the booking from earlier'],
    ['anyone I could have a yarn with about crowds?', 'anyone I could talk to about crowds?'],
    ['please prepone my appointment to 11', 'please move my appointment to 11'],
  ])('"%s" reads as "%s"', (text, english) => {
    expect(standardEnglish(text)).toBe(english);
  });

  it.each(['never mind me at all', 'mind the gap', 'would you mind me asking something'])(
    'leaves "%s" alone',
    (text) => {
      expect(standardEnglish(text)).toBe(text);
    },
  );
});

describe('a short word one letter from a name', () => {
  const places = [
    { id: 'a', name: 'Peaceful Grounds Café' },
    { id: 'b', name: 'Slow Pour Coffee' },
  ];
  const named = (text: string) => {
    const m = mentionedIn(places, text, (p) => p.name);
    return m && 'match' in m ? m.match.id : undefined;
  };

  it.each(['show me my streak', 'my flow is off today', 'I have to go now'])(
    '"%s" names no place',
    (text) => {
      expect(named(text)).toBeUndefined();
    },
  );

  it.each([
    ['the slow one', 'b'],
    ['peacefull grounds please', 'a'],
    ['at peacful grounds', 'a'],
  ])('"%s" still names %s', (text, id) => {
    expect(named(text)).toBe(id);
  });
});

describe('"no worries" and its kind, as a yes', () => {
  it.each(['no worries, book it', 'no problem, go ahead', 'no probs'])('"%s" confirms', (text) => {
    expect(isAffirmative(text, 'book_mentor_session')).toBe(true);
    expect(isNegative(text)).toBe(false);
  });

  it.each(['sí, órale pues', 'sí po', 'claro que sí', 'dale nomás', 'ya, bacán', 'sii, hacelo', 'cómo no'])(
    'the regional yes "%s" confirms',
    (text) => {
      expect(isAffirmative(text, 'book_mentor_session')).toBe(true);
    },
  );

  it.each(['Jo, passt scho, danke dir', 'ja klar, gerne doch', 'Jawohl, so machen wir das', 'jo eh, passt'])(
    'the German yes "%s" confirms',
    (text) => {
      expect(isAffirmative(text, 'book_mentor_session')).toBe(true);
    },
  );

  it.each([
    'oui, ça me convient',
    'parfait, on fait ça',
    "d'ac, réserve",
    'oui, allons-y',
    "oui, c'est parfait comme ça",
  ])('the French yes "%s" confirms', (text) => {
    expect(isAffirmative(text, 'book_mentor_session')).toBe(true);
  });

  it.each(['non merci', 'nan', 'nein danke', 'ahora no', 'pas maintenant'])(
    'the no "%s" declines',
    (text) => {
      expect(isNegative(text)).toBe(true);
    },
  );

  it.each(['non plutôt avec Tom', 'nein, lieber am Freitag', 'ne lieber in 2 std', 'neben dem Café?'])(
    '"%s" is no plain no',
    (text) => {
      expect(isNegative(text)).toBe(false);
    },
  );

  it.each(['no', 'no thanks', 'nah not now'])('"%s" is still a no', (text) => {
    expect(isNegative(text)).toBe(true);
  });
});

describe('a place judged by its name', () => {
  it.each([
    'is green bowl kitchen any good?',
    'you reckon the quiet gym is worth it',
    'do you think peaceful grounds is any good',
  ])('"%s" asks about that place', (text) => {
    expect(understand(text, {})).toMatchObject({ kind: 'place_details' });
  });

  it.each(['are there any good cafes around', 'is it any good', 'any good gyms near me?'])(
    '"%s" is no place named',
    (text) => {
      expect(understand(text, {}).kind).not.toBe('place_details');
    },
  );
});

describe('a reminder asked for with words between', () => {
  it.each([
    ['pop in a quick reminder for 5 to take the bins out', 'take the bins out'],
    ['could you set me a little reminder for tomorrow at 8 to buy milk', 'buy milk'],
    ['chuck in a reminder friday at 6pm to pack my bag', 'pack my bag'],
  ])('"%s" is a reminder to %s', (text, what) => {
    expect(understand(text, {})).toMatchObject({ kind: 'reminder', what });
  });
});

describe('a session told about before it is moved', () => {
  const none: Memory = {};
  it.each([
    'I have a session booked with Lena on Tuesday but I cannot make it, could you move it to Wednesday?',
    'My appointment with Tom is on Friday. Would it be possible to push it to Monday?',
  ])('"%s" moves a session', (text) => {
    expect(sessionMoveIn(text, none)).toBe(true);
  });

  it('a session told about with no move is not moved', () => {
    expect(sessionMoveIn('I have a session with Lena on Tuesday, I am nervous', none)).toBe(false);
  });
});
