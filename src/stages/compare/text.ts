import type { Sentence, Span, Token } from '../../model/index.ts';
import { IRREGULAR_FORMS } from './data/word-forms.ts';

/** Lower-case and strip accents, so "López" and "Lopez" compare equal. */
export function fold(word: string): string {
  const cached = FOLDS.get(word);
  if (cached !== undefined) return cached;
  const folded = foldWord(word);
  if (FOLDS.size > 100_000) FOLDS.clear();
  FOLDS.set(word, folded);
  return folded;
}

// Folds are a pure function of the word, so they are memoised across calls.
const FOLDS = new Map<string, string>();

function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // most words are plain ASCII: skip the costly Unicode decomposition for them
  if (/^[\x20-\x7e]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}

const DOUBLE_END = /([bdfgkmnprt])\1$/;

/**
 * A light suffix-stripping stemmer (a few of Porter's steps plus a table of irregular forms): enough
 * to make "meeting"/"meet"/"met" or "crossings"/"crossing" one term, and transparent.
 */
export function stem(word: string): string {
  let cached = STEMS.get(word);
  if (cached === undefined) {
    cached = stemWord(word);
    if (STEMS.size > 100_000) STEMS.clear();
    STEMS.set(word, cached);
  }
  return cached;
}

// Stems are a pure function of the word, so they are memoised across calls.
const STEMS = new Map<string, string>();

function stemWord(word: string): string {
  let w = fold(word).replace(/'s$|'$/, '');
  const irregular = IRREGULAR_FORMS[w];
  if (irregular) return irregular;
  if (w.length <= 3 || !/^[a-z-]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(al|ous|ive|ent|ant|ful|less|ic|ate|ed)ly$/.test(w)) w = w.slice(0, -2);
  if (DOUBLE_END.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** A phrase compiled to stems for matching against token stems; `*` after a word matches any ending. */
export interface CompiledPhrase {
  readonly words: readonly { readonly stem: string; readonly prefix: boolean }[];
  readonly source: string;
}

/** Compile plain-word phrases ("agreements were reached", "deadlock*") once, for `matchPhrase`. */
export function compilePhrases(phrases: readonly string[]): CompiledPhrase[] {
  return phrases.map((source) => ({
    source,
    words: source
      .split(/\s+/)
      .filter(Boolean)
      .map((w) =>
        w.endsWith('*') ? { stem: fold(w.slice(0, -1)), prefix: true } : { stem: stem(w), prefix: false },
      ),
  }));
}

/** Whether a compiled phrase matches the stems starting at `at`; returns its length in words, or 0. */
export function matchPhrase(stems: readonly string[], at: number, phrase: CompiledPhrase): number {
  const { words } = phrase;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const got = stems[at + k];
    if (word === undefined || got === undefined) return 0;
    if (word.prefix ? !got.startsWith(word.stem) : got !== word.stem) return 0;
  }
  return words.length;
}

/** Word tokens of a sentence (punctuation and symbols dropped). */
export function wordTokens(sentence: Sentence): Token[] {
  return sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
}

/** Whether a span lies inside one of the (sorted, disjoint) regions. */
export function inRegions(span: Span, regions: readonly Span[]): boolean {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid] as Span;
    if (span.end <= r.start) hi = mid - 1;
    else if (span.start >= r.end) lo = mid + 1;
    else return span.start >= r.start && span.end <= r.end;
  }
  return false;
}

/** Collapse whitespace in a slice of text, for display. */
export function compact(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
