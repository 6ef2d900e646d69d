import { dict } from '../../../text/data/dict.ts';

/**
 * Events told in other words by a verb and the words after it: two sentences that tell one of a
 * class, of one subject, tell one event ("the ferry ran aground" / "the ferry struck rocks"). Used
 * by the contradiction checks only (another day or count of one event), never to find support.
 * Plain words, the verb first in its base form; articles ("a", "the") are passed over when matched.
 */
export const EVENT_PHRASES: readonly (readonly string[])[] = [
  [
    'run aground',
    'go aground',
    'strike rocks',
    'hit rocks',
    'strike reef',
    'hit reef',
    'strike sandbank',
    'hit sandbank',
  ],
  ['catch fire', 'burst into flames', 'go up in flames'],
  ['capsize', 'overturn', 'flip over', 'keel over'],
  ['derail', 'jump tracks', 'leave tracks', 'come off rails'],
  ['collapse', 'cave in', 'give way'],
  ['explode', 'blow up', 'detonate'],
];

/** Past forms of the phrases' verbs that a stemmer does not bring back to their base. */
export const EVENT_VERB_FORMS: Readonly<Record<string, string>> = dict({
  ran: 'run',
  went: 'go',
  gone: 'go',
  struck: 'strike',
  caught: 'catch',
  came: 'come',
  gave: 'give',
  given: 'give',
  blew: 'blow',
  blown: 'blow',
  left: 'leave',
  overturned: 'overturn',
});
