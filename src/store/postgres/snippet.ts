import { markedTerms, matchesCase, type QueryTerm } from '../query.ts';
import { foldWord, searchStem } from '../search-stems.ts';
import { SNIPPET_LEAD_WORDS, SNIPPET_MAX_MATCHES, SNIPPET_WORDS, WORD } from './patterns.ts';

/**
 * The snippet of a search hit, cut here rather than by `ts_headline` (which parses the whole text
 * again on the server, a few milliseconds per hit): the window of the text with the most distinct
 * query words, each match wrapped in `[` `]`, `…` where the text goes on. Words match as the index
 * matched them, by their stems ("resigned" for "resignation").
 */

/** A word as the search configuration folds it (search-stems.ts holds it: both backends index so). */
export { foldWord };

/** One word of a query, as the index holds it (folded, stemmed), as typed, and whether it is a prefix. */
interface QueryWord {
  readonly text: string;
  readonly typed: string;
  readonly prefix: boolean;
}

/** The query's words one by one (a phrase's words are marked wherever each occurs). */
function queryWords(terms: readonly QueryTerm[]): QueryWord[] {
  return terms.flatMap((term) =>
    term.words.map((word, i) => ({
      text: searchStem(word),
      typed: word,
      prefix: term.prefix && i === term.words.length - 1,
    })),
  );
}

interface Match {
  readonly word: number;
  readonly start: number;
  readonly end: number;
  readonly term: number;
}

interface Scan {
  readonly words: { start: number; end: number }[];
  readonly matches: Match[];
  /** True when the scan stopped before the end of the text (every query word was found well before). */
  readonly more: boolean;
}

// The words of `text` with their positions and, when one matches, the query word it matches; it
// stops a window past the point where every query word has been seen (no later window holds more).
function scan(text: string, terms: readonly QueryWord[]): Scan {
  const words: { start: number; end: number }[] = [];
  const matches: Match[] = [];
  const reachable = terms.filter(
    (t, i) => terms.findIndex((u) => u.text === t.text && u.prefix === t.prefix) === i,
  ).length;
  const seen = new Set<number>();
  let completeAt = -1;
  for (const found of text.matchAll(WORD)) {
    if (completeAt >= 0 && words.length >= completeAt + SNIPPET_WORDS) return { words, matches, more: true };
    const start = found.index;
    const end = start + found[0].length;
    const folded = searchStem(found[0]);
    const term = terms.findIndex(
      (t) => (t.prefix ? folded.startsWith(t.text) : folded === t.text) && matchesCase(t.typed, found[0]),
    );
    if (term >= 0 && matches.length < SNIPPET_MAX_MATCHES) {
      matches.push({ word: words.length, start, end, term });
      seen.add(term);
      if (completeAt < 0 && seen.size === reachable) completeAt = words.length;
    }
    words.push({ start, end });
  }
  return { words, matches, more: false };
}

// The text from word `first` to word `last`, matches marked, white space made single.
function render(text: string, { words, matches, more }: Scan, first: number, last: number): string {
  const from = (words[first] as { start: number }).start;
  const end = !more && last === words.length - 1;
  const to = end ? text.length : (words[last] as { end: number }).end;
  let out = '';
  let at = from;
  for (const match of matches) {
    if (match.word < first || match.word > last) continue;
    out += `${text.slice(at, match.start)}[${text.slice(match.start, match.end)}]`;
    at = match.end;
  }
  out += text.slice(at, to);
  const before = first > 0 ? '… ' : '';
  const after = end ? '' : ' …';
  return `${before}${out.replace(/\s+/g, ' ').trim()}${after}`;
}

/**
 * The snippet of `text` for the query's terms; the title, marked, when only the title matches; the
 * text's opening when neither does. A lone grammar word of the query ("the") is not marked when it
 * has others ({@link markedTerms}).
 */
export function snippet(text: string, title: string | null, query: readonly QueryTerm[]): string {
  const terms = queryWords(markedTerms(query));
  const found = scan(text, terms);
  const { words, matches } = found;
  if (matches.length === 0) {
    const inTitle = title === null ? null : scan(title, terms);
    if (title !== null && inTitle && inTitle.matches.length > 0) {
      return render(title, inTitle, 0, inTitle.words.length - 1);
    }
    return words.length === 0 ? '' : render(text, found, 0, Math.min(words.length, SNIPPET_WORDS) - 1);
  }
  // The window starting a little before a match that holds the most distinct query words.
  let best = matches[0] as Match;
  let bestCount = 0;
  const distinct = new Set(matches.map((match) => match.term)).size;
  for (const [i, match] of matches.entries()) {
    const seen = new Set<number>();
    for (
      let k = i;
      k < matches.length && (matches[k] as Match).word < match.word + SNIPPET_WORDS - SNIPPET_LEAD_WORDS;
      k++
    ) {
      seen.add((matches[k] as Match).term);
    }
    if (seen.size > bestCount) {
      best = match;
      bestCount = seen.size;
      if (bestCount === distinct) break; // no window can hold more
    }
  }
  const first = Math.max(0, best.word - SNIPPET_LEAD_WORDS);
  const last = Math.min(words.length - 1, first + SNIPPET_WORDS - 1);
  return render(text, found, first, last);
}
