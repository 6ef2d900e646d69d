// A verb told by a noun of the same spelling that is another word (relations.ts `tellsEveryPredicate`).
import { stem } from '../../../text/normalise.ts';
import { OTHER_WORD_NOUNS } from '../data/predicates.ts';
import { baseStem, perReading, type Reading } from './reading.ts';

const OTHER_WORD = new Set(OTHER_WORD_NOUNS.map(stem));

// A reading's stems written as some other part of speech than a noun (a verb, an adjective …).
const notNouns = perReading((r: Reading): ReadonlySet<string> => {
  const out = new Set<string>();
  r.claim.tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') out.add(baseStem(r.claim.tokenStems[i] as string));
  });
  return out;
});

/**
 * Whether `b` writes `a`'s predicate `p` only as a noun that is another word than `a`'s verb: "placed
 * on the list" / "to take his place on the roster", "faces charges" / "covered her face". A claim that
 * writes the noun itself ("took place") is told by it.
 */
export const nounOfAnotherWord = (a: Reading, p: string, b: Reading): boolean =>
  OTHER_WORD.has(p) && notNouns(a).has(p) && !notNouns(b).has(p);
