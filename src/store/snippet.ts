import { dict } from '../text/data/dict.ts';
import { cappedGrammarWord, markedTerms, matchesCase, type QueryTerm } from './query.ts';
import { searchStem } from './search-stems.ts';

/**
 * A snippet made in JavaScript from the text and the query's terms: the window of words holding
 * the most matches, each match wrapped in `[` `]`. Cheaper than asking the index again per hit
 * (a prefix term would be expanded once more for every hit), and the same for both backends. Words
 * match as the index matched them: by their stems ("resigned" for "resignation").
 */

/** Words a snippet shows. */
export const SNIPPET_WORDS = 24;

/** Characters of a text searched for the snippet: the words of a long article are found early. */
const SNIPPET_SCAN = 20_000;

interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as the index holds it: folded and stemmed. */
  readonly folded: string;
}

/** The word runs of a text, each with its stem as the index holds it. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = match[0];
    out.push({ start: match.index, end: match.index + word.length, folded: searchStem(word) });
  }
  return out;
}

/** [first, last] token ranges where a term matches (`text`: the text of the tokens, as written). */
function matches(
  text: string,
  list: readonly Token[],
  terms: readonly QueryTerm[],
): { from: number; to: number; term: number }[] {
  const found: { from: number; to: number; term: number }[] = [];
  const folded = terms.map((term) => term.words.map(searchStem));
  // A token can start a match only if it is (or, for a one-word prefix term, starts with) a first word.
  const firsts = new Set(
    folded.filter((_, t) => !(terms[t]?.prefix && folded[t]?.length === 1)).map((w) => w[0]),
  );
  const prefixes = folded.filter((w, t) => terms[t]?.prefix && w.length === 1).map((w) => w[0] as string);
  const wordAt = (i: number, word: string, prefix: boolean, typed: string): boolean => {
    const token = list[i];
    if (token === undefined || !(prefix ? token.folded.startsWith(word) : token.folded === word))
      return false;
    return matchesCase(typed, text.slice(token.start, token.end));
  };
  for (let i = 0; i < list.length; i++) {
    const token = (list[i] as Token).folded;
    if (!firsts.has(token) && !prefixes.some((p) => token.startsWith(p))) continue;
    folded.forEach((words, term) => {
      const prefix = terms[term]?.prefix === true;
      const typed = terms[term]?.words ?? [];
      if (words.every((word, k) => wordAt(i + k, word, prefix && k === words.length - 1, typed[k] as string)))
        found.push({ from: i, to: i + words.length - 1, term });
    });
  }
  return found;
}

/** A letter, digit or mark outside ASCII: a text holding one is read the slow way. */
const NON_ASCII_WORD_CHAR = /[[\p{L}\p{M}\p{N}]--\p{ASCII}]/v;

/** A character of a word, as the tokenizer reads them. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Characters of text kept before and after the first match when only a window is read. */
const WINDOW_BEFORE = 200;
const WINDOW_AFTER = 600;

/**
 * The stems the stemmer gives words that do not start with them (its table of exceptions: "dying" is
 * "die", "skies" "sky"), with how those words start: a plain text is looked for them too. (No prototype:
 * the query word "constructor" is no key.)
 */
const IRREGULAR_STARTS: Readonly<Record<string, readonly string[]>> = dict({
  die: ['dy'],
  lie: ['ly'],
  tie: ['ty'],
  sky: ['ski'],
});

/** Characters a snippet's words span, about: where the words of several terms count as together. */
const SPAN_CHARS = 160;

/**
 * Where to read an ASCII text for a snippet: the occurrence (as the start of a word) of a term's
 * first word's stem, less its last letter ("happi" is "happy"; a short one only when that letter is
 * an "i" or "e" the stemmer may have written: "dri" is "dry", "use" "using"; see IRREGULAR_STARTS), with the most other terms' close
 * after it, the earliest of those; -1 when none occurs, so no term matches; null for a text with
 * other letters, which only the full reading can fold. (The window is then read word by word.)
 */
function bestHit(text: string, terms: readonly QueryTerm[]): number | null {
  if (NON_ASCII_WORD_CHAR.test(text)) return null;
  const lower = text.toLowerCase();
  const hits: { at: number; term: number }[] = [];
  terms.forEach((term, index) => {
    const stem = searchStem(term.words[0] ?? '');
    // a stem's last letter may be none of the word's ("happy" is "happi", "hoping" "hope"), so it is looked
    // for without it; a short stem whole, but for a last "i" or "e" ("dry" is "dri", "using" "use")
    const word = stem.length > 3 || (stem.length === 3 && /[ie]$/.test(stem)) ? stem.slice(0, -1) : stem;
    // an acronym of a grammar word ("WHO") only as written, in capitals
    const typed = term.words[0] ?? '';
    const capped = cappedGrammarWord(typed);
    const within = capped ? text : lower;
    for (const needle of capped ? [typed] : [word, ...(IRREGULAR_STARTS[stem] ?? [])]) {
      let found = 0;
      for (let at = within.indexOf(needle); at >= 0 && found < 200; at = within.indexOf(needle, at + 1)) {
        if (at > 0 && WORD_CHAR.test(lower[at - 1] as string)) continue;
        hits.push({ at, term: index });
        found++;
      }
    }
  });
  if (hits.length === 0) return -1;
  hits.sort((a, b) => a.at - b.at);
  let best = { at: -1, distinct: 0 };
  hits.forEach((hit, i) => {
    const near = new Set<number>();
    for (let k = i; k < hits.length && (hits[k] as { at: number }).at - hit.at <= SPAN_CHARS; k++)
      near.add((hits[k] as { term: number }).term);
    if (near.size > best.distinct) best = { at: hit.at, distinct: near.size };
  });
  return best.at;
}

/**
 * The snippet of a text for `terms`, or null when no term occurs in it (in its first
 * {@link SNIPPET_SCAN} characters): at most `size` words around the densest matches (most distinct
 * terms, then most matches), `…` where text was cut. In a plain ASCII text only a window around the
 * closest matches of the most terms is read. A lone grammar word of the query ("the") is not marked
 * when it has others ({@link markedTerms}).
 * @example
 * makeSnippet('The Zürich bridge was closed on Monday.', [{ words: ['zurich'], prefix: false }])
 * // 'The [Zürich] bridge was closed on Monday.'
 */
export function makeSnippet(text: string, query: readonly QueryTerm[], size = SNIPPET_WORDS): string | null {
  const terms = markedTerms(query);
  const hit = bestHit(text, terms);
  if (hit === -1) return null;
  if (hit !== null && text.length > WINDOW_BEFORE + WINDOW_AFTER) {
    const from = hit <= WINDOW_BEFORE ? 0 : text.lastIndexOf(' ', hit - WINDOW_BEFORE) + 1;
    const space = text.indexOf(' ', hit + WINDOW_AFTER);
    const to = space < 0 ? text.length : space;
    const inWindow = snippetOf(text.slice(from, to), terms, size, from > 0, to < text.length);
    if (inWindow !== null) return inWindow;
  }
  const scanned = text.length > SNIPPET_SCAN ? text.slice(0, SNIPPET_SCAN) : text;
  return snippetOf(scanned, terms, size, false, scanned.length < text.length);
}

/** The snippet of a piece of text, which may itself be cut from a longer one before or after. */
function snippetOf(
  text: string,
  terms: readonly QueryTerm[],
  size: number,
  cutBefore: boolean,
  cutAfter: boolean,
): string | null {
  const list = tokens(text);
  const found = matches(text, list, terms);
  if (found.length === 0) return null;
  let best = { start: 0, distinct: -1, count: -1 };
  for (const candidate of found) {
    // Windows starting a few words before a match, so it is read in context.
    const lead = Math.min(3, Math.floor(size / 4));
    const start = Math.max(0, Math.min(candidate.from - lead, list.length - size));
    const inside = found.filter((m) => m.from >= start && m.to < start + size);
    const distinct = new Set(inside.map((m) => m.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = { start, distinct, count: inside.length };
  }
  const last = Math.min(list.length, best.start + size) - 1;
  const marked = found.filter((m) => m.from >= best.start && m.to <= last).sort((a, b) => a.from - b.from);
  let out = best.start > 0 || cutBefore ? '…' : '';
  let at = best.start > 0 || cutBefore ? (list[best.start] as Token).start : 0;
  let covered = -1;
  for (const m of marked) {
    if (m.from <= covered) continue;
    const from = (list[m.from] as Token).start;
    const to = (list[m.to] as Token).end;
    out += `${text.slice(at, from)}[${text.slice(from, to)}]`;
    at = to;
    covered = m.to;
  }
  // The whole tail when the window reaches the last word, so closing punctuation stays.
  const cut = last < list.length - 1 || cutAfter;
  out += cut ? `${text.slice(at, (list[last] as Token).end)}…` : text.slice(at);
  return out.replace(/\s+/g, ' ').trim();
}

/** The first `size` words of a text (for a hit whose words are elsewhere, e.g. only in its title). */
export function leadOf(text: string, size = SNIPPET_WORDS): string {
  const list = tokens(text);
  if (list.length <= size) return text.replace(/\s+/g, ' ').trim();
  return `${text
    .slice(0, (list[size - 1] as Token).end)
    .replace(/\s+/g, ' ')
    .trim()}…`;
}
