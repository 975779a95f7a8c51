/** Tool activity in words: what the small chips under a reply say. */
import { toolWords } from '../ui/words.ts';

const started: Record<string, string> = {
  search_locations: 'Searching calm places…',
  get_location: 'Looking up the place…',
  check_in: 'Checking you in…',
  get_journey: 'Reading your journey…',
  list_rewards: 'Looking at your rewards…',
  search_mentors: 'Finding mentors…',
  list_my_sessions: 'Reading your sessions…',
  book_mentor_session: 'Checking the mentor’s calendar…',
  cancel_mentor_session: 'Looking at the session…',
  create_reminder: 'Setting a reminder…',
};

const done: Record<string, string> = {
  search_locations: 'Searched places',
  get_location: 'Looked up the place',
  check_in: 'Checked you in',
  get_journey: 'Read your journey',
  list_rewards: 'Checked your rewards',
  search_mentors: 'Found mentors',
  list_my_sessions: 'Read your sessions',
  book_mentor_session: 'Checked the calendar',
  cancel_mentor_session: 'Checked the session',
  create_reminder: 'Reminder set',
};

const placeWords: [RegExp, string][] = [
  [/caf[eé]|coffee/i, 'cafés'],
  [/\bgyms?\b|workout|fitness/i, 'gyms'],
  [/food|eat|nutrition|lunch/i, 'food spots'],
];

/** "Searching calm cafés…" when the user asked for cafés. */
export function chipLabel(name: string, status: 'started' | 'done' | 'failed', askedFor = ''): string {
  if (status === 'failed') return toolWords(name, 'failed');
  if (status === 'done') return done[name] ?? toolWords(name, 'done');
  if (name === 'search_locations') {
    const kind = placeWords.find(([re]) => re.test(askedFor))?.[1];
    if (kind) return `Searching calm ${kind}…`;
  }
  return started[name] ?? toolWords(name, 'started');
}
