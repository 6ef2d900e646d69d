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

/**
 * The tokens of a clause outside its quotation marks and inside them. A quotation opened and not
 * closed runs to the clause's end, one closed and not opened from its start (a sentence cut inside a
 * quotation); an odd number of straight quotes leaves which is which unknown (`ambiguous`).
 */
function splitQuotes(tokens: readonly Token[]): {
  outside: Token[];
  quotes: boolean;
  within: Token[];
  ambiguous: boolean;
} {
  let outside: Token[] = [];
  const within: Token[] = [];
  let inside = false;
  let quotes = false;
  let opened = false;
  let straight = 0;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const pair = t.text === "'" && next?.text === "'" && next.start === t.end;
    const prev = tokens[i - 1];
    if (t.text === "'" && prev?.text === "'" && prev.end === t.start) return;
    if (OPENS.has(t.text)) {
      inside = true;
      opened = true;
    } else if (CLOSES.has(t.text) || pair) {
      // closed, never opened: the words before it were quoted
      if (!opened && !inside) {
        within.push(...outside);
        outside = [];
        quotes = within.length > 0;
      }
      inside = false;
      opened = true;
    } else if (EITHER.has(t.text)) {
      straight++;
      inside = !inside;
    } else if (inside) {
      quotes = true;
      within.push(t);
    } else outside.push(t);
  });
  return { outside, quotes, within, ambiguous: straight % 2 === 1 };
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

// The words of a clause inside its quotation marks, folded (punctuation left out).
const quotedWords = perReading((r: Reading): readonly string[] | null => {
  const { within, ambiguous } = splitQuotes(r.claim.tokens);
  if (ambiguous) return null;
  return within.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => fold(t.text));
});

// The share of a quotation's words a supporter must hold: its same words, give or take a spelling
// ("cyber-criminals" / "cyber criminals") or an abbreviation ("IE" / "Internet Explorer").
const SAME_WORDS = 0.8;

/**
 * Whether two quotations are other words: a quotation is stated only by its same words, so a
 * quotation of `b` that holds less than four fifths of the words of `a`'s ("There was at least a
 * dozen other people on the scene" / "The suspect … entered the business, which had at least a dozen
 * people inside") is another quotation, whatever it shares.
 */
export function otherWords(a: Reading, b: Reading): boolean {
  const mine = quotedWords(a);
  const theirs = new Set(quotedWords(b) ?? []);
  if (mine === null || quotedWords(b) === null || mine.length < 3 || theirs.size === 0) return false;
  return mine.filter((w) => theirs.has(w)).length < SAME_WORDS * mine.length;
}

/**
 * Whether `b` quotes what `a` quotes, in a quotation of its own holding four fifths of its words,
 * however long the words around it ("“Everyone is safe,” Commander Hal Brenner of the coast guard
 * said on Monday" quotes as much as "“Everyone is safe,” Hal Brenner said").
 */
export function quotesSame(a: Reading, b: Reading): boolean {
  const mine = quotedWords(a);
  const theirs = quotedWords(b);
  if (!mine?.length || !theirs?.length) return false;
  const held = new Set(theirs);
  return mine.filter((w) => held.has(w)).length >= SAME_WORDS * mine.length;
}
