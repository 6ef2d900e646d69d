import type { Token } from '../../../model/index.ts';
import { DURATION_DAYS, NUMBER_WORDS } from '../../../text/data/quantities.ts';
import { fold, stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { contextBefore } from '../../../text/quantities-near.ts';
import {
  INCREMENT_WORDS,
  NOT_COUNTED_AFTER_A,
  NOT_COUNTED_BEFORE,
  RESTRICTIVE_AFTER,
} from '../data/count-words.ts';
import { lookupOf } from '../text.ts';
import { perReading, type Reading } from './reading.ts';

const NUMBER_WORD = lookupOf(NUMBER_WORDS);

// Determiners of a partitive's whole: "seven of the men", "two of its ships".
const WHOLE = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

// The head noun of the noun phrase that starts at `at` (adjectives and nouns, at most three words):
// its index, or -1.
function headAt(tokens: readonly Token[], at: number): number {
  let head = -1;
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN') head = k;
    else if (t.pos === 'ADJ' || t.text === '-') {
      if (head >= 0) break;
    } else break;
  }
  return head;
}

// A singular picked out by what follows it ("signed an executive order on Monday establishing the
// council", "a bomb that hit the school"): one of what may be several, no count of them.
function pickedOut(tokens: readonly Token[], head: number): boolean {
  for (let k = head + 1; k < Math.min(tokens.length, head + 5); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT') return false;
    if (RESTRICTIVE_AFTER.has(t.norm) || (t.pos === 'VERB' && /(ing|ed)$/.test(t.norm))) return true;
  }
  return false;
}

const plural = (t: Token) => /[^s]s$/.test(t.norm) || t.norm === 'men' || t.norm === 'people';

function figure(tokens: readonly Token[], first: number, head: number, value: number): ClaimFigure {
  return {
    value,
    low: value,
    high: value,
    unit: null,
    counts: stem((tokens[head] as Token).text),
    qualifier: null,
    rate: null,
    frame: null,
    span: { start: (tokens[first] as Token).start, end: (tokens[head] as Token).end },
    figureId: null,
    worded: true,
    context: contextBefore(tokens, first),
  };
}

/**
 * The counts a sentence tells without a figure reading them: a partitive ("Seven of the men were
 * convicted" → 7 men) and one thing told by "a", "an" or "one" ("is serving a life sentence" → 1
 * sentence). Not an amount or a group ("a lot of", "a dozen"), not one more ("another bomb", "one
 * more"), not a length of time ("for a week").
 */
export const countPhrases = perReading((r: Reading): readonly ClaimFigure[] => {
  const tokens = r.claim.tokens;
  const out: ClaimFigure[] = [];
  // each token folded once (read as the word, the word before and the words after)
  const folded = tokens.map((t) => fold(t.text));
  const foldedAt = (k: number): string => folded[k] ?? '';
  tokens.forEach((t, i) => {
    const word = folded[i] as string;
    const n = /^\d+$/.test(t.text) ? Number(t.text) : NUMBER_WORD(word);
    // only a number or "a", "an", "one" can start a count (most words are neither)
    if (n === undefined && word !== 'a' && word !== 'an' && word !== 'one') return;
    const before = foldedAt(i - 1);
    if (NOT_COUNTED_BEFORE.has(before)) return;
    // "seven of the men"
    if (n !== undefined && n > 1 && foldedAt(i + 1) === 'of' && WHOLE.has(foldedAt(i + 2))) {
      const head = headAt(tokens, i + 3);
      if (head >= 0 && plural(tokens[head] as Token)) out.push(figure(tokens, i, head, n));
      return;
    }
    // "a life sentence", "one bomb"
    if (word !== 'a' && word !== 'an' && word !== 'one') return;
    if (INCREMENT_WORDS.has(foldedAt(i + 1))) return;
    const head = headAt(tokens, i + 1);
    const h = tokens[head];
    if (!h || plural(h) || NOT_COUNTED_AFTER_A.has(h.norm) || h.norm in DURATION_DAYS) return;
    if (foldedAt(head + 1) === 'of' || pickedOut(tokens, head)) return;
    out.push(figure(tokens, i, head, 1));
  });
  return out;
});
