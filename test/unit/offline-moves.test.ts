import { describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../src/assistant/memory/context.ts';
import { crowdAskIn, openNow } from '../../src/assistant/providers/offline/crowd.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import {
  bySpecialization,
  pronounMentor,
  withoutOrdinal,
} from '../../src/assistant/providers/offline/mentor-refs.ts';
import {
  namedIn,
  newTimeOf,
  reminderChangeIn,
} from '../../src/assistant/providers/offline/reminder-moves.ts';
import { minutesBefore, withoutBefore } from '../../src/assistant/providers/offline/session-reminder.ts';
import { bareHour, parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { placeNameAsked, topicsIn } from '../../src/assistant/providers/offline/words.ts';
import { createOfflineProvider } from '../../src/assistant/providers/offline.ts';
import type { StepRequest, TurnFacts } from '../../src/assistant/providers/types.ts';
import type { ToolOutcome } from '../../src/assistant/tools/registry.ts';

/**
 * The dialogue moves of issue 16, matcher by matcher: what a message does to the reminder just
 * set, which mentor "her" or "the second one" means, whether "is it busy?" asks about a place in
 * view; then the offline companion's steps on them (no database: the tools' outcomes are given).
 */

/** Monday 6 May 2030, 09:00 in London. */
const now = new Date('2030-05-06T08:00:00Z');
const zone = 'Europe/London';
const set = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Drink water',
  at: '2030-05-06T10:00:00.000Z',
};

describe('a reminder moved or cancelled by chat', () => {
  it.each([
    ['change my reminder to 9', {}],
    ['move that reminder to thursday', {}],
    ['can you push my reminder back an hour', {}],
    ['actually make it 10', { lastReminder: set }],
    ['wait no 8pm', { lastReminder: set }],
    ['push it back an hour', { lastReminder: set }],
    ['make it 3 hours', { lastReminder: set }],
    ['can you change it to 10:45', { lastReminder: set }],
    ['hmm better make it 6', { lastReminder: set }],
    ['got the day wrong, move it to wednesday', { lastReminder: set }],
    ['remind me at 6 instead', { lastReminder: set }],
  ] as [string, Memory][])('"%s" moves it', (text, memory) => {
    expect(reminderChangeIn(text, memory)).toEqual({ kind: 'move' });
  });

  it.each([
    ['nvm cancel the reminder', {}],
    ['i dont need that reminder anymore', {}],
    ['delete my reminders', {}],
    ['cancel it', { lastReminder: set }],
    ['scratch that', { lastReminder: set }],
    ["actually don't remind me", { lastReminder: set }],
    ['cancel the doctor one', { lastReminder: set }],
  ] as [string, Memory][])('"%s" cancels it', (text, memory) => {
    expect(reminderChangeIn(text, memory)).toEqual({ kind: 'cancel' });
  });

  it.each([
    ['remind me at 2 to pick up the prescription', { lastReminder: set }],
    ['set a reminder for 6pm to call mum', {}],
    ['book tom at 3', { lastReminder: set }],
    ['thanks', { lastReminder: set }],
    ['make it 4pm', {}],
    ['find me a quiet gym', { lastReminder: set }],
  ] as [string, Memory][])('"%s" changes no reminder', (text, memory) => {
    expect(reminderChangeIn(text, memory)).toBeUndefined();
  });

  it('reads the new time against the old one, or from now for "make it 3 hours"', () => {
    const at = (text: string, previous = '2030-05-06T10:00:00Z') =>
      newTimeOf(text, new Date(previous), now, zone)?.at?.toISOString();
    expect(at('actually make it 10')).toBe('2030-05-06T09:00:00.000Z');
    expect(at('wait no 8pm')).toBe('2030-05-06T19:00:00.000Z');
    expect(at('push it back an hour')).toBe('2030-05-06T11:00:00.000Z');
    expect(at('make it 3 hours')).toBe('2030-05-06T11:00:00.000Z');
    expect(at('change my reminder to 9', '2030-05-07T07:00:00Z')).toBe('2030-05-07T08:00:00.000Z');
    expect(at('move that reminder to thursday', '2030-05-10T16:00:00Z')).toBe('2030-05-09T16:00:00.000Z');
    expect(newTimeOf('make it 7am', new Date('2030-05-06T10:00:00Z'), now, zone)).toEqual({ past: true });
    expect(newTimeOf('cancel it', new Date('2030-05-06T10:00:00Z'), now, zone)).toBeUndefined();
  });

  it('tells reminders apart by a word of their title', () => {
    const list = [{ title: 'Call the doctor' }, { title: 'Pick up the prescription' }];
    expect(namedIn('cancel the doctor one', list)).toEqual([list[0]]);
    expect(namedIn('move the prescription reminder', list)).toEqual([list[1]]);
    expect(namedIn('cancel the reminder', list)).toEqual([]);
  });
});

describe('a mentor meant without a name', () => {
  const amara = {
    id: 'a',
    name: 'Amara Okafor',
    meets: 'both',
    specialization: ['social-anxiety', 'confidence'],
  };
  const tom = {
    id: 't',
    name: 'Tom Whitaker',
    meets: 'both',
    specialization: ['gym-anxiety', 'beginner-fitness'],
  };

  it('is the one in focus, the only one listed or booked, and asked for among several', () => {
    expect(pronounMentor({ mentors: [amara] })).toEqual(amara);
    expect(pronounMentor({ mentors: [amara, tom], focusMentor: { id: 't', name: 'Tom Whitaker' } })).toEqual({
      id: 't',
      name: 'Tom Whitaker',
    });
    expect(pronounMentor({ mentors: [amara, tom] })).toBe('ask');
    expect(
      pronounMentor({
        sessions: [{ id: 's', mentor: 'Lena Vogel', when: 'Thu 9 May, 15:00', mentorId: 'l', at: 'x' }],
      }),
    ).toEqual({ id: 'l', name: 'Lena Vogel' });
    expect(pronounMentor({})).toBeUndefined();
  });

  it('is the one whose specialization the message names, in full or by one telling word', () => {
    expect(bySpecialization([amara, tom], 'book the gym one for tmrw at 5pm')).toBe(tom);
    expect(bySpecialization([amara, tom], 'the social anxiety one')).toBe(amara);
    expect(bySpecialization([amara, tom], 'the anxiety one')).toBeUndefined();
  });

  it('reads no date into a list position', () => {
    const at = (text: string) => parseWhen(withoutOrdinal(text), now, zone).at?.toISOString();
    expect(at('the 2nd one tomorrow at noon')).toBe('2030-05-07T11:00:00.000Z');
    expect(at('number 2, friday at 3')).toBe('2030-05-10T14:00:00.000Z');
    expect(withoutOrdinal('book amara on the 9th at 11')).toBe('book amara on the 9th at 11');
  });

  it('looks for every topic asked, in the order asked', () => {
    expect(topicsIn('who can help with panic attacks or social anxiety')).toEqual([
      'panic attacks',
      'social anxiety',
    ]);
    expect(topicsIn('i get anxious at the gym and in social stuff')).toEqual([
      'gym anxiety',
      'social anxiety',
    ]);
    expect(topicsIn('someone for sleep')).toEqual(['sleep']);
  });
});

describe('how busy a place in view is', () => {
  const places = [
    { id: 'p1', name: 'Peaceful Grounds Café', type: 'coffee' as const },
    { id: 'p2', name: 'Slow Pour Coffee', type: 'coffee' as const },
  ];

  it.each([
    ['is it busy?', { places: [places[0]!] }],
    ['is the first one quiet now?', { places }],
    ['the 2nd one, is it busy', { places }],
    ['how busy is that cafe rn', { places }],
    ['is it quiet now?', { places, focusPlace: places[1]! }],
    ['is slow pour crowded at the moment?', { places }],
  ] as [string, Memory][])('"%s" asks it', (text, memory) => {
    expect(crowdAskIn(text, memory)).toMatchObject({ ask: 'crowd', other: false });
  });

  it('looks a place up by the name asked about when none is listed', () => {
    expect(crowdAskIn("how's green bowl kitchen, is it busy?", {})).toMatchObject({
      name: 'green bowl kitchen',
    });
    expect(crowdAskIn('is slow pour busy rn', {})).toMatchObject({ name: 'slow pour' });
    expect(crowdAskIn("how's it going", {})).toBeUndefined();
  });

  it('asks the same of the other one after an answer', () => {
    expect(
      crowdAskIn('ok and the other one?', { places, focusPlace: places[0]!, placeAsk: 'crowd' }),
    ).toMatchObject({
      other: true,
      ask: 'crowd',
    });
  });

  it.each([
    ['any quiet cafes nearby?', { places }],
    ['is there a quiet gym near me?', { places }],
    ['quiet coffee place pls', {}],
    ['is it busy?', {}],
    ['check me in there, it is quiet', { places }],
  ] as [string, Memory][])('"%s" does not', (text, memory) => {
    expect(crowdAskIn(text, memory)).toBeUndefined();
  });

  it('says whether it is open now by its hours, across midnight too', () => {
    const hours = { mon: ['08:00-18:00'], tue: ['08:00-18:00'], fri: ['18:00-02:00'] };
    expect(openNow(hours, now, zone)).toEqual({ open: true, until: '18:00' });
    expect(openNow(hours, new Date('2030-05-06T18:30:00Z'), zone)).toEqual({
      open: false,
      opens: 'Tue 08:00',
    });
    // Saturday 01:00: Friday night's range.
    expect(openNow(hours, new Date('2030-05-11T00:00:00Z'), zone)).toEqual({ open: true, until: '02:00' });
    expect(openNow(null, now, zone)).toBeUndefined();
  });

  it('finds a place asked about by name', () => {
    expect(placeNameAsked('tell me about slow pour')).toBe('slow pour');
    expect(placeNameAsked("what's green bowl like?")).toBe('green bowl');
    expect(placeNameAsked('tell me about yourself')).toBeUndefined();
  });
});

describe('times people write', () => {
  it('reads an hour said alone, British "half 2", and a reminder before a session', () => {
    expect(bareHour('10 works')).toEqual({ hour: 10, minute: 0 });
    expect(bareHour('3 pls')).toEqual({ hour: 15, minute: 0 });
    expect(bareHour('9am is fine')).toEqual({ hour: 9, minute: 0 });
    expect(bareHour('10 people')).toBeUndefined();
    expect(parseWhen('thursday half 2', now, zone).at?.toISOString()).toBe('2030-05-09T13:30:00.000Z');
    expect(parseWhen('in half an hour', now, zone).at?.toISOString()).toBe('2030-05-06T08:30:00.000Z');
    expect(minutesBefore('remind me an hour before')).toBe(60);
    expect(minutesBefore('ping me 30 mins before my session')).toBe(30);
    expect(minutesBefore('remind me at 9')).toBeUndefined();
    expect(withoutBefore('an hour before my session')).toBe('');
  });

  it('reads a bare hour after a day, and days as people mistype them', () => {
    const at = (text: string) => parseWhen(text, now, zone).at?.toISOString();
    expect(at('book amara fri 3')).toBe('2030-05-10T14:00:00.000Z');
    expect(at('tomorrow 10')).toBe('2030-05-07T09:00:00.000Z');
    expect(at('can i book lena for wendesday 3pm')).toBe('2030-05-08T14:00:00.000Z');
    expect(at('thrusday at 11')).toBe('2030-05-09T10:00:00.000Z');
    expect(parseWhen('fri 10 may', now, zone)).toMatchObject({ dayOnly: true });
    expect(parseWhen('friday 2 people', now, zone).at).toBeUndefined();
  });

  it('takes "Sunday 5 May" said on Monday 6 May as the day gone, not next year', () => {
    expect(parseWhen('book siobhan for sunday 5 may at 3pm', now, zone)).toMatchObject({ past: true });
  });
});

describe('the offline companion on these moves', () => {
  const provider = createOfflineProvider();

  const step = (text: string, memory: Memory, outcomes: ToolOutcome[] = [], more: Partial<TurnFacts> = {}) =>
    provider.step({
      messages: [],
      tools: [],
      toolChoice: 'auto',
      facts: {
        userId: 'user-1',
        name: 'Maya Jones',
        timeZone: zone,
        now,
        location: undefined,
        text,
        previous: { turnId: 't-0', offline: memory } as unknown as ReplyContext,
        proposal: undefined,
        firstReply: false,
        ...more,
      },
      outcomes,
      step: outcomes.length,
      signal: new AbortController().signal,
      onDelta: () => {},
    } satisfies StepRequest);

  const outcome = (name: string, result: unknown, input: unknown = {}): ToolOutcome => ({
    callId: 'c1',
    name,
    sideEffect: 'none',
    input,
    ok: true,
    result,
    summary: '',
  });

  it('moves the reminder just set to the hour said, on its day', async () => {
    const r = await step('actually make it 10', { lastReminder: set });
    expect(r.calls.map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([
      ['update_reminder', { reminderId: set.id, at: '2030-05-06T09:00:00.000Z' }],
    ]);
  });

  it('looks the reminders up, then cancels the one named', async () => {
    const first = await step('cancel my doctor reminder', {});
    expect(first.calls.map((c) => c.name)).toEqual(['list_my_reminders']);
    const listed = outcome('list_my_reminders', {
      reminders: [
        { id: set.id, title: 'Call the doctor', at: set.at, when: 'Mon 6 May, 11:00' },
        { id: 'r2', title: 'Pick up the prescription', at: set.at, when: 'Mon 6 May, 14:00' },
      ],
    });
    const second = await step('cancel my doctor reminder', {}, [listed]);
    expect(second.calls.map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([
      ['cancel_reminder', { reminderId: set.id }],
    ]);
  });

  it('asks which reminder when several wait and none is named', async () => {
    const listed = outcome('list_my_reminders', {
      reminders: [
        { id: 'r1', title: 'Call the doctor', at: set.at, when: 'Mon 6 May, 11:00' },
        { id: 'r2', title: 'Pick up the prescription', at: set.at, when: 'Mon 6 May, 14:00' },
      ],
    });
    const r = await step('change my reminder to 4pm', {}, [listed]);
    expect(r.calls).toEqual([]);
    expect(r.content).toContain('Which reminder');
    expect(r.memory).toMatchObject({ awaiting: 'reminder_choice', reminderChange: 'move' });
  });

  it('books another session with the mentor just booked, the same day unless another is named', async () => {
    const lastBooked = {
      sessionId: 's1',
      mentor: 'Amara Okafor',
      mentorId: 'a',
      at: '2030-05-09T14:00:00.000Z',
      duration: 60,
      sessionType: 'virtual' as const,
    };
    const same = await step('another one at 11am', { lastBooked });
    expect(JSON.parse(same.calls[0]!.arguments)).toMatchObject({
      mentorId: 'a',
      scheduledAt: '2030-05-09T10:00:00.000Z',
    });
    const friday = await step('another one at 11am on friday', { lastBooked });
    expect(JSON.parse(friday.calls[0]!.arguments)).toMatchObject({ scheduledAt: '2030-05-10T10:00:00.000Z' });
  });

  it('asks which mentor "her" means among several listed, and books the one in focus', async () => {
    const mentors = [
      { id: 'a', name: 'Amara Okafor', meets: 'both' },
      { id: 'l', name: 'Lena Vogel', meets: 'both' },
    ];
    const ask = await step('book her friday at 2', { mentors });
    expect(ask.calls).toEqual([]);
    expect(ask.content).toContain('Which of them');
    const focused = await step('book her friday at 2', {
      mentors,
      focusMentor: { id: 'l', name: 'Lena Vogel' },
    });
    expect(JSON.parse(focused.calls[0]!.arguments)).toMatchObject({
      mentorId: 'l',
      scheduledAt: '2030-05-10T13:00:00.000Z',
    });
  });

  it("books from a mentor's name and a time alone, once the name is found among the mentors", async () => {
    const first = await step('siobhan friday half 10', {});
    expect(first.calls.map((c) => c.name)).toEqual(['search_mentors']);
    const found = outcome('search_mentors', {
      mentors: [
        { id: 's', name: 'Siobhán Murphy', title: 'Peer mentor', specialization: ['sleep'], meets: 'both' },
      ],
    });
    const second = await step('siobhan friday half 10', {}, [found]);
    expect(second.calls.map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([
      [
        'book_mentor_session',
        {
          mentorId: 's',
          scheduledAt: '2030-05-10T09:30:00.000Z',
          durationMinutes: 60,
          sessionType: 'virtual',
        },
      ],
    ]);
    // Not a mentor's name: not a booking.
    const lunch = await step('lunch tomorrow at 1', {}, [found]);
    expect(lunch.calls).toEqual([]);
    const later = await step('ok im heading there now, check me in when i arrive', {});
    expect(later.calls).toEqual([]);
  });

  it('says no to the proposal and answers what else the message asks', async () => {
    const pending = {
      tool: 'book_mentor_session',
      input: {
        mentorId: 'l',
        scheduledAt: '2030-05-08T14:00:00.000Z',
        durationMinutes: 60,
        sessionType: 'virtual',
      },
    };
    const proposal = { tool: 'book_mentor_session', summary: 'Book …', decision: 'declined' as const };
    const first = await step("hold on, what's my streak", { pending }, [], { proposal });
    expect(first.calls.map((c) => c.name)).toEqual(['get_journey']);
    const journey = outcome('get_journey', {
      level: 1,
      currentStreak: 0,
      longestStreak: 0,
      totalCheckIns: 0,
      completionPercentage: 0,
      milestonesReached: [],
      nextLevel: null,
    });
    const second = await step("hold on, what's my streak", { pending }, [journey], { proposal });
    expect(second.content).toMatch(/nothing booked|haven't booked/);
    expect(second.content).toContain('streak');
    const plain = await step('no thanks', { pending }, [], { proposal });
    expect(plain.calls).toEqual([]);
  });

  it('answers how busy a place is from its rating, amenities and hours, with no live count', async () => {
    const places = [
      { id: '11111111-1111-4111-8111-111111111111', name: 'Peaceful Grounds Café', type: 'coffee' },
    ];
    const first = await step('is it busy?', { places } as Memory);
    expect(first.calls.map((c) => c.name)).toEqual(['get_location']);
    const loaded = outcome('get_location', {
      id: places[0]!.id,
      name: 'Peaceful Grounds Café',
      quietness: 'quiet',
      amenities: ['quiet-zone'],
      hours: { mon: ['08:00-18:00'] },
      timeZone: zone,
    });
    const r = await step('is it busy?', { places } as Memory, [loaded]);
    expect(r.content).toContain("can't see live numbers");
    expect(r.content).toContain('usually quiet');
    expect(r.content).toContain('quiet zone');
    expect(r.content).toContain('open now, until 18:00');
    expect(r.memory).toMatchObject({ focusPlace: { name: 'Peaceful Grounds Café' }, placeAsk: 'crowd' });
  });

  it('answers a request made while a booking waits, keeps the booking in mind, and asks again on "book it"', async () => {
    const pending = {
      tool: 'book_mentor_session',
      input: {
        mentorId: 't',
        scheduledAt: '2030-05-10T15:00:00.000Z',
        durationMinutes: 60,
        sessionType: 'virtual',
      },
    };
    const proposal = { tool: 'book_mentor_session', summary: 'Book …', decision: 'dropped' as const };
    const text = 'remind me at 3 on friday to head out';
    const first = await step(text, { pending }, [], { proposal });
    expect(first.calls.map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([
      ['create_reminder', { title: 'Head out', at: '2030-05-10T14:00:00.000Z' }],
    ]);
    const reminded = outcome('create_reminder', {
      reminderId: 'r1',
      title: 'Head out',
      when: 'Fri 10 May, 15:00',
      at: '2030-05-10T14:00:00.000Z',
    });
    const second = await step(text, { pending }, [reminded], { proposal });
    expect(second.calls).toEqual([]);
    expect(second.memory).toMatchObject({ pending, lastReminder: { id: 'r1' } });
    // No proposal is open now: "yes" books nothing; "ok book it" asks again.
    const yes = await step('yes', second.memory as Memory);
    expect(yes.calls).toEqual([]);
    const again = await step('ok book it', second.memory as Memory);
    expect(again.calls.map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([
      ['book_mentor_session', pending.input],
    ]);
  });
});
