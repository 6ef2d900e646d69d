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

/** The negations of `whole`'s clause before or inside `part` that `part` does not hold, or none when it is not found. */
export function negationsLeftOut(whole: string, part: string): string[] {
  const words = part.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  // the part's words in the whole, a negation allowed between them ("we are [not] closing")
  const between = `(?:${GAP}(?:${[...NEGATION].join('|')})\\b)?${GAP}`;
  const at = new RegExp(words.join(between), 'iu').exec(whole);
  if (!at) return [];
  const before = whole.slice(0, at.index + at[0].length);
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
