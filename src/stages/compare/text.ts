import type { Sentence, Span, Token } from '../../model/index.ts';
import { fold, stem } from '../../text/normalise.ts';

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

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether a piece of text holds a letter (`/\p{L}/u`): an ASCII letter before any other character
 * than ASCII is found by its code, the rest by the regex (most tokens are English words).
 */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return LETTER.test(text);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return true;
  }
  return false;
}

/** Whether a piece of text holds a letter or a digit (`/[\p{L}\p{N}]/u`), ASCII ones found by their code. */
export function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return WORD_CHAR.test(text);
    const lower = c | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
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

// The names every object finds on its prototype ("constructor", "toString" …), as `in` and a keyed
// look-up find them in a table too.
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/**
 * `table[key]` as a function that answers a key the table cannot hold (neither its own nor a name of
 * Object.prototype) from a Set, without the keyed look-up: a token's word, a string the engine has
 * not interned, costs an object several times what it costs a Set, and most words are in no table.
 */
export function lookupOf<T>(table: Readonly<Record<string, T>>): (key: string) => T | undefined {
  const keys = new Set([...Object.getOwnPropertyNames(table), ...PROTOTYPE_NAMES]);
  return (key) => (keys.has(key) ? table[key] : undefined);
}

/** Collapse whitespace in a slice of text, for display. */
export function compact(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
