import type { Reading } from './reading.ts';
import { foldedWords } from './relations.ts';
import { startOf, titleBefore } from './title-names.ts';

/**
 * Whether `b` gives the title before a person the claim names to another person, and names the
 * claim's nowhere: "Senate Majority Leader Ora Fenwick announced …" is not stated by "Senate Majority
 * Leader Hal Brisco introduced …", whoever of them is read as a source (personMissing leaves out who
 * only reports the claim; the title tells that both are the one doer).
 */
export function titledOther(a: Reading, b: Reading): boolean {
  const inB = foldedWords(b);
  const inA = foldedWords(a);
  for (const [id, words] of a.claim.persons) {
    if (words.length === 0 || b.claim.entityIds.has(id) || words.some((w) => inB.has(w))) continue;
    const title = titleBefore(a.claim.tokens, startOf(a.claim.tokens, words));
    if (title.length === 0) continue;
    for (const theirs of b.claim.persons.values()) {
      if (theirs.length === 0 || theirs.some((w) => inA.has(w))) continue;
      const before = titleBefore(b.claim.tokens, startOf(b.claim.tokens, theirs));
      if (
        before.length >= title.length &&
        title.every((w, k) => before[before.length - title.length + k] === w)
      )
        return true;
    }
  }
  return false;
}
