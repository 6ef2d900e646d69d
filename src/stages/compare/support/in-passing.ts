// A candidate about another event that holds the claim only in part, in passing: the judge abstains.
import { toldSpan } from './asides.ts';
import type { Reading } from './reading.ts';
import { nearCopy, shareIn, wordsOf } from './tier.ts';

// the claim's words the candidate holds: under this share, part of the claim is told otherwise or not
const CLAIM_SHARE = 0.8;
// the candidate's words the claim holds: under this share, the candidate is mostly about other things
const CANDIDATE_SHARE = 0.4;

/** The reason of the pairs the judge abstains on so (claimInPassing): related, shown as "—". */
export const IN_PASSING_REASON = 'the claim told only in part, among other things';

/**
 * The candidate holds under four fifths of the claim's words, the claim's words make under two fifths
 * of the candidate (each without the attribution that opens or ends it, asides.ts toldSpan), and the
 * candidate has a predicate verb the claim has not: a sentence about another event that touches the
 * claim's names and words in passing ("Marlow said the skipper was drinking at sea when the trawler
 * sank off Pellow Point early on Monday with six men aboard" for "Marlow said the skipper had a history
 * of drinking at sea"). On the development pairs such a ✓ was right far less often than the rest
 * (bench/data/README-support.md, Abstaining), so the judge abstains: related, shown as "—". A longer
 * candidate whose verbs are all the claim's ("voted by five votes to four on Sunday to close …") is no
 * such sentence: it tells the claim with details added.
 * @example
 * claimInPassing(read('The stadium will be paid for by the city.'), read('The city voted on Monday to borrow for roads and schools, but not for the stadium, which clubs will pay for.')) // true
 */
export function claimInPassing(a: Reading, b: Reading): boolean {
  const wa = toldWords(a);
  const wb = toldWords(b);
  return (
    // (the claim's "are closed" is told by the candidate's "were closed": the tense is the mood's test)
    shareIn(wa, [...wb, ...beTold(wa, wb)]) < CLAIM_SHARE &&
    shareIn(wb, wa) < CANDIDATE_SHARE &&
    b.predicates.some((p) => !a.allStems.has(p)) &&
    !nearCopy(a, b)
  );
}

// the words of a clause besides the attribution that opens or ends it: who said it is not what it tells
function toldWords(r: Reading): string[] {
  const [start, end] = toldSpan(r);
  return wordsOf(r.claim.tokens.slice(start, end));
}

// the claim's forms of "be" that the candidate tells in another tense before the same word ("are
// closed" / "were closed"; "was born" is not told by "were lucky")
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
function beTold(wa: readonly string[], wb: readonly string[]): string[] {
  const after = new Set(wb.flatMap((w, i) => (BE.has(w) && i + 1 < wb.length ? [wb[i + 1]] : [])));
  return wa.filter((w, i) => BE.has(w) && i + 1 < wa.length && after.has(wa[i + 1] as string));
}
