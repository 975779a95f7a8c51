import type { MentorView } from '../../tools/views.ts';
import { call, chosen, type Flow, lastOutcome, type Move, resultOf } from './flow.ts';
import { wordsOf } from './i18n/index.ts';
import type { Memory } from './memory.ts';
import { meets, rememberedMentors } from './mentors.ts';
import { topicIn } from './words.ts';

/**
 * A mentor asked about by name before booking (issue 16, point 2): "what does Tom do?", "who's
 * Lena Vogel?", "what's she good for?", "is Mrs Murphy the one who does sleep?". A mentor listed in
 * the last turns is answered from the dialogue state (no tool: the list is what the user is looking
 * at); one not in view is looked up with search_mentors. The mentor is then in focus, so "can I get
 * him Wednesday at 2" books them. The glosses give these English words to "¿qué hace Tom?", "qu'est-ce
 * que fait Tom ?", "was macht Tom?".
 */
export type AboutIntent = { kind: 'mentor_about'; who: string; topic: string | undefined };

const asked = [
  /\bwhat (?:does|do|did) (.{2,40}?) (?:do|does|offer|help (?:people )?with|specialis(?:e|es) in|specializes? in|focus on|work on|cover)\b/,
  /\bwhat(?:'s| is) (.{2,40}?) (?:good (?:for|at|with)|into|(?:her|his|their) (?:thing|speciality|specialty|focus|area))\b/,
  /\bwhat kind of (?:stuff|things|help|mentor|support) (?:does|is) (.{2,40}?)(?: do| give| offer)?(?:[?.!,]|$)/,
  /\bwho(?:'s| is) (.{2,40}?)(?: exactly| again| then)?(?:[?.!,]|$)/,
  /\bis (.{2,40}?) (?:the|a) (?:one|mentor|person|lady|guy|woman|man|coach) (?:who|that|for|with|in)\b/,
  // "Is he the gym one?", "is Amara the confidence mentor?": the topic said before "one".
  /\bis ([a-z]{2,20}(?: [a-z]{2,20})?) the (?:[a-z-]+ ){1,2}(?:one|mentor|person|lady|guy|woman|man|coach)\b/,
  /\bdoes (.{2,40}?) (?:help (?:people )?with|specialis(?:e|es) in|specializes? in|work with people|deal with|know about) /,
];

/** Words that say who is meant without naming a person, or name no person at all. */
const notAName =
  /^(?:it|that|this|these|those|there|here|the|a|an|you|u|ya|your|my|our|their|they|we|i|me|one|someone|somebody|anyone|everyone|nightchill|next|free|available|online|around|good|best|right|on|in|at|for|what|which|who|how|why|where|when|best|she's|he's|its|it's)\b/;
const pronoun = /^(?:she|he|her|him|they|them)$/;
const notNameWord = new Set(
  'up down out off in on back home late early ready busy open closed free next last first there here now today tomorrow tonight best better worse worst new old available online around responsible behind calling this that'.split(
    ' ',
  ),
);
const title = /^(?:mrs?|ms|miss|dr|mx|sir|madam|lady|mister|the mentor|mentor|coach) /;

/** Whether the message asks about a mentor named (or pointed to by a pronoun), and who. */
export function mentorAboutIn(t: string, memory: Memory): AboutIntent | undefined {
  for (const re of asked) {
    const who = re
      .exec(t)?.[1]
      ?.replace(/[?.!,]/g, '')
      .trim();
    if (!who) continue;
    // "What does Lena actually do?": the name without the adverb.
    const bare = who
      .replace(title, '')
      .replace(/\s+(?:actually|exactly|even|really|again|then|now)$/, '')
      .trim();
    if (pronoun.test(bare)) {
      if (!memory.focusMentor && memory.mentors?.length !== 1) continue;
      return { kind: 'mentor_about', who: bare, topic: topicIn(t) };
    }
    // A name is one to three words, none of them a topic ("who's good for sleep" asks for a mentor).
    if (notAName.test(bare) || bare.split(' ').length > 3 || !/^[a-z][a-z' -]+$/.test(bare)) continue;
    // "Who's coming tonight?", "who is free": words that are not a name.
    if (bare.split(' ').some((w) => /ing$|ed$|ly$/.test(w) || notNameWord.has(w))) continue;
    if (topicIn(bare) !== undefined) continue;
    return { kind: 'mentor_about', who: bare, topic: topicIn(t) };
  }
  return undefined;
}

const label = (m: { name: string }) => m.name;

/** The answer: who the mentor is and what they help with, from the list in view or looked up. */
export function aboutMentor(f: Flow, intent: AboutIntent): Move {
  const w = wordsOf(f).mentors;
  const listed = f.memory.mentors ?? [];
  const pointed = pronoun.test(intent.who);
  const inView = pointed
    ? (listed.find((m) => m.id === f.memory.focusMentor?.id) ?? (listed.length === 1 ? listed[0] : undefined))
    : chosen(listed, { words: intent.who }, label);
  if (inView?.specialization)
    return said(f, { ...inView, specialization: inView.specialization }, intent.topic);
  const search = lastOutcome(f, 'search_mentors');
  if (!search) return call('search_mentors', { limit: 10 });
  if (!search.ok) return { say: w.searchError(f) };
  const mentors = resultOf<{ mentors: MentorView[] }>(search).mentors;
  const focus = f.memory.focusMentor;
  const found = pointed
    ? mentors.find((m) => m.id === (focus?.id ?? inView?.id))
    : chosen(mentors, { words: intent.who }, label);
  if (!found) {
    const names = mentors.slice(0, 4).map(label);
    return {
      say: w.notFound({
        name: f.name,
        asked: intent.who,
        names: wordsOf(f).list({ items: names }),
        count: names.length,
      }),
    };
  }
  return said(f, found, intent.topic);
}

function said(
  f: Flow,
  m: { id: string; name: string; meets: string; specialization: string[] },
  topic: string | undefined,
): Move {
  const c = wordsOf(f);
  const fits = topic === undefined ? undefined : m.specialization.includes(topic);
  return {
    say: c.mentors.about({
      name: f.name,
      mentor: m.name,
      tags: m.specialization.map((s) => s.replace(/-/g, ' ')).join(', '),
      meets: meets(c, m),
      fits,
      topic: topic?.replace(/-/g, ' ') ?? '',
    }),
    memory: {
      awaiting: 'booking_mentor',
      mentors: rememberedMentors([m]),
      focusMentor: { id: m.id, name: m.name },
    },
  };
}
