import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import type { Reading } from './reading.ts';
import { foldedWords } from './relations.ts';

// The most words of a title read before a name ("Senate Majority Leader").
const TITLE_REACH = 4;

// Where a name's words run in a clause's tokens, or -1.
function startOf(tokens: readonly Token[], words: readonly string[]): number {
  return tokens.findIndex((_, i) => words.every((w, k) => fold(tokens[i + k]?.text ?? '') === w));
}

// The capitalised words right before token `at`, folded ("senate majority leader"); none past the
// clause's opening word unless it is capitalised for a title too.
function titleBefore(tokens: readonly Token[], at: number): string[] {
  const out: string[] = [];
  for (let k = at - 1; k >= 0 && at - k <= TITLE_REACH; k--) {
    const t = tokens[k] as Token;
    if (!/^\p{Lu}\p{L}+$/u.test(t.text)) break;
    out.unshift(fold(t.text));
  }
  return out;
}

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
