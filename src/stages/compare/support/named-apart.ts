import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { perReading, type Reading } from './reading.ts';

/** The folded words a clause names its people by ("mara", "ashby" of "Mara Ashby"), read once per reading. */
export const personWordsOf = perReading(
  (r: Reading): ReadonlySet<string> => new Set([...r.claim.persons.values()].flat()),
);

// the words before a one-word name that set it as a place ("in Ashby", "residents of Ashby")
const PLACE_SLOT = new Set(['in', 'at', 'near', 'of']);

// Whether the clause names `word` alone in a place's slot: after "in", "at", "near" or "of", with no
// capitalised word next to it.
function inPlaceSlot(tokens: readonly Token[], word: string): boolean {
  return tokens.some(
    (t, i) =>
      fold(t.text) === word &&
      PLACE_SLOT.has(tokens[i - 1]?.norm ?? '') &&
      tokens[i + 1]?.pos !== 'PROPN' &&
      tokens[i - 1]?.text === tokens[i - 1]?.norm,
  );
}

/**
 * Whether a place the claim names by one word in a place's slot ("residents of Ashby", the town) is
 * told by `b` only as a word of a person's name ("led by Mara Ashby"): the extract stage keeps the two
 * apart, and a shared spelling is no shared thing. The town untold, `b` does not state the claim.
 */
export function namedAsPerson(a: Reading, b: Reading): boolean {
  const people = personWordsOf(b);
  if (people.size === 0) return false;
  for (const [id, words] of a.claim.named) {
    if (b.claim.terms.has(`e:${id}`) || a.claim.persons.has(id)) continue;
    const word = words[0];
    if (word === undefined || words.some((w) => w !== word) || !people.has(word)) continue;
    if (inPlaceSlot(a.claim.tokens, word)) return true;
  }
  return false;
}
