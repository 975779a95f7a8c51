import { describe, expect, it } from 'vitest';
import { spelled } from '../../src/assistant/providers/offline/spelling.ts';
import { asksFor } from '../../src/assistant/turn/consent.ts';

/**
 * Typing slips on the companion's keywords put right before a message is read (issue 16): a
 * letter left out, one too many, two swapped; never a letter typed for another, never a word that
 * means something else one slip away, never a name.
 */
describe('typing slips on keywords', () => {
  it.each([
    ['en', 'pls chek me in', 'pls check me in'],
    ['en', 'remnd me at 5 to strech', 'remind me at 5 to strech'],
    ['en', 'cancle the sesion on friday', 'cancel the session on friday'],
    ['en', 'any helthy food arond here', 'any healthy food around here'],
    ['en', 'a quick breathng excercise?', 'a quick breathing exercise?'],
    ['es', 'recuerdame mañana de llamar', 'recuerdame mañana de llamar'],
    ['es', 'kiero reservar con amara', 'quiero reservar con amara'],
    ['fr', 'rapelle moi ce soir', 'rappelle moi ce soir'],
    ['fr', 'un mentor pour le someil', 'un mentor pour le sommeil'],
    ['de', 'hab oft panikatacken', 'habe oft panikattacken'],
  ] as const)('%s: "%s" is read as "%s"', (lang, typed, meant) => {
    expect(spelled(typed, lang)).toBe(meant);
  });

  it.each([
    ['en', 'look for a book'],
    ['en', 'quite a nice steak at the mall'],
    ['en', 'call my mother at three'],
    ['en', 'i quit and went to a movie'],
    ['en', 'i feel sleepy and moody'],
    ['es', 'ahora no puede'],
    ['de', 'morgens um 8 und abends um 6'],
    ['en', 'book amara okafor or siobhan'],
  ] as const)('%s: leaves "%s" as written', (lang, text) => {
    expect(spelled(text, lang)).toBe(text);
  });

  it('lets the consent check see what the user asked through a slip', () => {
    expect(asksFor('create_reminder', 'remnd me in an hour to take my meds')).toBe(true);
    expect(asksFor('create_reminder', 'rewind the song')).toBe(false);
  });
});
