import type { Evidence, Quote } from '../../model/index.ts';
import { NEGATION } from '../negated-words.ts';
import { wordRun } from './wording.ts';

// A quote some articles carry only in part ("closing the doors that matter most" of “We are closing the
// doors that matter most to the poorest families …”), and the negation a part leaves out of its own clause
// (“I am not saying we will close the border; …” quoted as “We will close the border.”): a cut that
// reverses what was said, not a shortening.

/** What one article quotes of a longer quote, and the negations of the part's clause it leaves out. */
export interface QuotedPart {
  readonly text: string;
  readonly leavesOut: string[];
}

const MARKS = /^[“”"‘’']+|[“”"‘’']+$/gu;
// a clause ends at a stop, a semicolon or a colon, and before a coordinated clause (", and", ", or";
// "but", "yet"): a negation before it does not reach a part after it ("We will not raise the fees,
// and we will cut the fares" quoted as "we will cut the fares" leaves out no "not")
const CLAUSE_END = /[.;:!?]|,\s*(?:and|or)\b|\b(?:but|yet)\b/giu;
const GAP = '[^\\p{L}\\p{N}]+';
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

const negationOf = (word: string): string | null => {
  const w = word.toLowerCase().replace('’', "'");
  if (NEGATION.has(w)) return w;
  return w.endsWith("n't") ? w : null;
};

// The pieces a part is found by in its whole, each compiled once: a pattern of the part's words joined by
// gaps costs its compilation per call, some 3 ms per gap (a class of Unicode letters), a second for a long quote.
const GAP_AT = new RegExp(GAP, 'iuy');
const NEGATION_AT = new RegExp(`(?:${[...NEGATION].join('|')})\\b`, 'iuy');
const WORD_AT = new Map<string, RegExp>();
const WORD_AT_LIMIT = 10_000;
const wordAt = (word: string): RegExp => {
  let re = WORD_AT.get(word);
  if (!re) {
    if (WORD_AT.size >= WORD_AT_LIMIT) WORD_AT.clear();
    re = new RegExp(word, 'iuy');
    WORD_AT.set(word, re);
  }
  return re;
};
// where a sticky pattern's match from `at` ends, or -1
const endOf = (re: RegExp, text: string, at: number): number => {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
};

/**
 * Where the part's words (`words`, letters and digits each) end in `whole` as the one pattern
 * `w1 (gap negation)? gap w2 …` (case-insensitive) would match them, or -1: the first start from
 * which they run, and at each gap a negation between tried before none. A gap takes the whole run of
 * non-letters (a word starts with a letter or digit), so each step has one place: a depth-first search
 * in the pattern's own order (a stack, not calls: a quote of thousands of words) gives its match
 * without compiling it. A place met again has failed before (its search ended without a match).
 */
function partEnd(whole: string, words: readonly string[]): number {
  const res = words.map(wordAt);
  const last = res.length - 1;
  const seen = new Set<number>();
  // pairs of (word k, where it must start), the next to try on top
  const stack: number[] = [];
  for (let start = 0; start < whole.length; start++) {
    stack.push(0, start);
    while (stack.length) {
      const at = stack.pop() as number;
      const k = stack.pop() as number;
      const key = k * (whole.length + 1) + at;
      if (seen.has(key)) continue;
      seen.add(key);
      const end = endOf(res[k] as RegExp, whole, at);
      if (end < 0) continue;
      if (k === last) return end;
      const gap = endOf(GAP_AT, whole, end);
      if (gap < 0) continue;
      // no negation between is tried after one is (pushed first)
      stack.push(k + 1, gap);
      const negation = endOf(NEGATION_AT, whole, gap);
      const after = negation < 0 ? -1 : endOf(GAP_AT, whole, negation);
      if (after >= 0) stack.push(k + 1, after);
    }
  }
  return -1;
}

/** The negations of `whole`'s clause before or inside `part` that `part` does not hold, or none when it is not found. */
export function negationsLeftOut(whole: string, part: string): string[] {
  const words = part.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  // the part's words in the whole, a negation allowed between them ("we are [not] closing")
  const end = partEnd(whole, words);
  if (end < 0) return [];
  const before = whole.slice(0, end);
  const ends = [...before.matchAll(CLAUSE_END)].map((m) => (m.index ?? 0) + m[0].length);
  const clause = before.slice(Math.max(0, ...ends));
  const own = new Set((part.match(WORD) ?? []).map(negationOf).filter((n) => n !== null));
  const out = (clause.match(WORD) ?? [])
    .map(negationOf)
    .filter((n): n is string => n !== null && !own.has(n));
  return [...new Set(out)];
}

/**
 * The articles that carried only a part of a quote in quotation marks, with the part they quote: their
 * tellings of it (each distinct one once) hold fewer words together than the quote. A quote told in pieces
 * around its attribution is quoted whole, as is one told in other words of the same length. `textOf` gives
 * an occurrence's words.
 */
export function quotedParts(q: Quote, textOf: (e: Evidence) => string): Map<string, QuotedPart> {
  const parts = new Map<string, QuotedPart>();
  if (q.kind === 'indirect') return parts;
  const whole = wordRun(q.text).length;
  const told = new Map<string, string[]>();
  for (const o of q.occurrences) {
    const text = textOf(o).trim();
    const texts = told.get(o.articleId) ?? [];
    if (!texts.includes(text)) told.set(o.articleId, [...texts, text]);
  }
  for (const [articleId, texts] of told) {
    const words = texts.reduce((n, t) => n + wordRun(t).length, 0);
    if (words === 0 || words >= whole) continue;
    const bare = texts.map((t) => t.replace(MARKS, ''));
    const leavesOut = [...new Set(bare.flatMap((t) => negationsLeftOut(q.text, t)))];
    parts.set(articleId, { text: bare.join(' … '), leavesOut });
  }
  return parts;
}
