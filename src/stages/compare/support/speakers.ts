import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords } from './relations.ts';

// Quotation marks that open, close, or do either (a straight double quote). A lone single quote is
// left out: it is an apostrophe as often ("the victims' families"); two in a row ('' or ``, as
// the tokenizer splits them) are a mark.
const OPENS = new Set(['“', '«', '`']);
const CLOSES = new Set(['”', '»']);
const EITHER = new Set(['"']);

/** The tokens of a clause outside its quotation marks, and whether it has any quoted words. */
function splitQuotes(tokens: readonly Token[]): { outside: Token[]; quotes: boolean } {
  const outside: Token[] = [];
  let inside = false;
  let quotes = false;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const pair = t.text === "'" && next?.text === "'" && next.start === t.end;
    const prev = tokens[i - 1];
    if (t.text === "'" && prev?.text === "'" && prev.end === t.start) return;
    if (OPENS.has(t.text)) inside = true;
    else if (CLOSES.has(t.text) || pair) inside = false;
    else if (EITHER.has(t.text)) inside = !inside;
    else if (inside) quotes = true;
    else outside.push(t);
  });
  return { outside, quotes };
}

// The persons a clause with a quotation names outside its quotation marks (its speakers, "…," Ada
// Kowalczyk said), each by the folded words it is named by there, titles cut short ("Mr.") left out.
const speakersOf = perReading((r: Reading): ReadonlyMap<string, readonly string[]> => {
  const { outside, quotes } = splitQuotes(r.claim.tokens);
  const out = new Map<string, string[]>();
  if (!quotes) return out;
  const words = new Set(outside.map((t) => fold(t.text)));
  for (const [id, named] of r.claim.persons) {
    const own = named.filter((w) => words.has(w) && !w.endsWith('.'));
    if (own.length) out.set(id, own);
  }
  return out;
});

/**
 * Whether two quotations are given to other speakers, each named outside the quotation marks:
 * '"We are aware of it," A.J. Kowalczyk said' is not stated by '"We are aware of it," A.J. Ashby
 * said' (the same words, another person's). A speaker is the same by entity or surname; a side
 * that names no speaker ("he said") leaves nothing to check.
 */
export function otherSpeaker(a: Reading, b: Reading): boolean {
  const mine = speakersOf(a);
  const theirs = speakersOf(b);
  if (mine.size === 0 || theirs.size === 0) return false;
  const inB = foldedWords(b);
  for (const [id, words] of mine)
    if (theirs.has(id) || inB.has(words[words.length - 1] as string)) return false;
  return true;
}
