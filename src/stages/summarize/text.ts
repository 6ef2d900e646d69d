import type { Span, Token } from '../../model/index.ts';
import { isContentWord } from '../../text/normalise.ts';
import { quotedRegions } from '../../text/quotes/regions.ts';
import { firstAtLeast } from '../../text/sorted.ts';
import type { ContestedTerm } from './lexicon.ts';

// Stems are a pure function of the word and a news vocabulary repeats: they are kept, up to a limit.
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/**
 * A light suffix stripper so "meets", "meeting" and "met"… at least the regular forms match. Lighter
 * than the shared stemmer (text/normalise), which merges more ("closure", "close"): with it the example's
 * summary lost its best-supported sentence, so the summary's similarity keeps this one.
 */
export function stem(word: string): string {
  // most words are ASCII, stemmed by a scan of their few characters for less than a look-up in the
  // cache costs (a hash table of some 30,000 words)
  const ascii = asciiStem(word);
  if (ascii !== null) return ascii;
  let out = STEMS.get(word);
  if (out === undefined) {
    const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    out = w.length <= 4 ? w : w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s|ly)$/, '');
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    STEMS.set(word, out);
  }
  return out;
}

/**
 * `stem` of an ASCII word, else null: its lower case (which has no accents to strip), "-ies" and
 * "-ied" made "-y", then one of "-ing", "-ed", "-es", "-ly" or "-s" cut, as the two replacements do
 * (the longest ending first: the one a match that starts leftmost finds).
 */
function asciiStem(word: string): string | null {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return null;
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  let w = upper ? word.toLowerCase() : word;
  if (w.length <= 4) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es') || w.endsWith('ly')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** The content-word stems of a token list (no stop words, no punctuation). */
export function contentStems(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => isContentWord(t)).map((t) => stem(t.norm));
}

const SPACE = /^\s$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Number of words in a text: its runs of non-space characters that hold a letter or a digit (the
 * matches of \S*[\p{L}\p{N}]\S* over the text), counted by a scan of code points that makes no string.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    i += c > 0xffff ? 2 : 1;
    const ascii = c < 0x80;
    if (ascii ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(String.fromCodePoint(c))) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (counted) continue;
    const letterOrDigit = ascii
      ? (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
      : LETTER_OR_DIGIT.test(String.fromCodePoint(c));
    if (letterOrDigit) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * The quoted stretches of a text ([start, end) pairs): the shared reading (text/quotes/regions.ts),
 * its paragraphs split at blank lines, so a quote left open closes at its paragraph's end.
 */
export function quoteRanges(text: string): [number, number][] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\n+/g)) {
    paragraphs.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  paragraphs.push({ start, end: text.length });
  return quotedRegions(text, paragraphs).map((r) => [r.start, r.end]);
}

/** True when [start, end) lies inside one of the ranges. */
export function inside(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A term's pattern, and the lower-case letters every match of it contains (its first word, less an
// ending the pattern varies), to pass over at once a text that lacks them.
function termPattern(term: string): { re: RegExp; literal: string } {
  const parts = term.toLowerCase().split(/[\s-]+/);
  const words = parts.map((w) =>
    w.endsWith('is')
      ? `${escapeRegex(w.slice(0, -2))}(?:is|es)`
      : `${escapeRegex(w)}(?:s|es|ed|d|ing|ly|ers?)?`,
  );
  const head = parts[0] ?? '';
  const literal = head.endsWith('is') ? head.slice(0, -2) : head;
  return {
    re: new RegExp(`(?<![\\p{L}-])${words.join('[\\s-]+')}(?![\\p{L}])`, 'giu'),
    // only ASCII letters: the case-insensitive pattern matches them exactly where the lower-cased
    // text has them (the long s, which it reads as s, is made one)
    literal: /^[a-z]*$/.test(literal) ? literal : '',
  };
}

/** A contested term found in a text: the term and where it stands. */
export interface ContestedMatch {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** Finds each term of a lexicon in a text; `within` narrows it to the parts of a longer text. */
export interface ContestedMatcher {
  (text: string): ContestedMatch[];
  /**
   * A matcher of the parts of `text` ([start, end) ranges, e.g. its sentences): the same matches as
   * on `text.slice(start, end)`, offsets into the part, looking only for the terms whose letters
   * the part holds (found once in the whole text).
   */
  within(text: string): (start: number, end: number) => ContestedMatch[];
}

type TermPattern = { term: string; re: RegExp; literal: string };

const lowered = (text: string): string => text.toLowerCase().replace(/ſ/g, 's');

// Every match of the patterns in a text, pattern by pattern.
function matchAll(patterns: readonly TermPattern[], text: string): ContestedMatch[] {
  const found: ContestedMatch[] = [];
  const lower = patterns.length ? lowered(text) : '';
  for (const { term, re, literal } of patterns) {
    if (!lower.includes(literal)) continue;
    found.push(...matchesOf(term, re, text));
  }
  return found;
}

function matchesOf(term: string, re: RegExp, text: string): ContestedMatch[] {
  const found: ContestedMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    found.push({ term, start: m.index, end: m.index + m[0].length });
  return found;
}

// Where a literal occurs in a lower-cased text, in order.
function occurrences(lower: string, literal: string): number[] {
  const out: number[] = [];
  for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + 1)) out.push(at);
  return out;
}

// Whether one of the sorted positions p has start <= p and p + length <= end.
function occursWithin(positions: readonly number[], length: number, start: number, end: number): boolean {
  const p = positions[firstAtLeast(positions, start)];
  return p !== undefined && p + length <= end;
}

/** A contested-term matcher: finds each term of a lexicon, with its inflections, in a text. */
export function contestedMatcher(terms: readonly ContestedTerm[]): ContestedMatcher {
  const patterns = terms
    .filter((t) => !t.neutral.startsWith('(neutral)'))
    .map((t) => ({ term: t.term, ...termPattern(t.term) }));
  const find = (text: string) => matchAll(patterns, text);
  return Object.assign(find, {
    within(text: string) {
      const lower = lowered(text);
      // lower-casing that changes the length (a rare letter) would move the positions: part by part
      if (lower.length !== text.length) return (start: number, end: number) => find(text.slice(start, end));
      // a literal's letters lie in a part exactly when it occurs in the whole within the part
      const held = patterns.flatMap((p) => {
        const at = p.literal ? occurrences(lower, p.literal) : null;
        return at?.length === 0 ? [] : [{ ...p, at }];
      });
      return (start: number, end: number) => {
        const found: ContestedMatch[] = [];
        let part: string | undefined;
        for (const { term, re, literal, at } of held) {
          if (at && !occursWithin(at, literal.length, start, end)) continue;
          part ??= text.slice(start, end);
          found.push(...matchesOf(term, re, part));
        }
        return found;
      };
    },
  });
}

/**
 * Whether two sentences carry the same quotation (five words or more, the shorter's words nearly all
 * in the longer's), whoever each gives it to: a summary tells a quotation once.
 * @example
 * sameQuotation('“We will rebuild the pier,” Lee said.', 'Mayor Ortiz said: “We will rebuild the pier.”') // true
 */
export function sameQuotation(a: string, b: string): boolean {
  const [x, y] = [quotedWords(a), quotedWords(b)].sort((p, q) => p.size - q.size) as [
    Set<string>,
    Set<string>,
  ];
  if (x.size < 5) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= 0.8 * x.size;
}

// The distinct lower-cased words inside a text's quotation marks.
function quotedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const [start, end] of quoteRanges(text))
    for (const w of text
      .slice(start, end)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u))
      if (w) out.add(w);
  return out;
}
