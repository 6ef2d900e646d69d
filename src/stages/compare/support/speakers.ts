import type { Token } from '../../../model/index.ts';
import { fold, stem } from '../../../text/normalise.ts';
import { BACKTICK, DOUBLE_CLOSERS, DOUBLE_OPENERS, STRAIGHT_DOUBLE } from '../../../text/quotes/marks.ts';
import { joinedRun, oneQuote, wordForWord } from '../../../text/quotes/wording.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords } from './relations.ts';

// Quotation marks that open, close, or do either (a straight double quote). A lone single quote is
// left out: it is an apostrophe as often ("the victims' families"); two in a row ('' or ``, as
// the tokenizer splits them) are a mark.
const OPENS = new Set([...DOUBLE_OPENERS, BACKTICK]);
const CLOSES = DOUBLE_CLOSERS;
const EITHER = new Set([STRAIGHT_DOUBLE]);

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
    const prev = tokens[i - 1];
    // '' or ``, as the tokenizer splits them; or a lone ' right after a clause's last punctuation
    // ("… when they were young.'"), never an apostrophe there
    const pair =
      t.text === "'" &&
      ((next?.text === "'" && next.start === t.end) ||
        (next === undefined && prev !== undefined && /^[.,!?]$/.test(prev.text) && prev.end === t.start));
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
 * that names no speaker ("he said") is read by whom the extract stage gives its quotation to
 * (quotedApart), and leaves nothing to check when it gives it to nobody.
 */
export function otherSpeaker(a: Reading, b: Reading): boolean {
  const mine = speakersOf(a);
  const theirs = speakersOf(b);
  if (mine.size === 0 || theirs.size === 0) return quotedApart(a, b);
  const inB = foldedWords(b);
  for (const [id, words] of mine)
    if (theirs.has(id) || inB.has(words[words.length - 1] as string)) return false;
  return true;
}

/**
 * Whether the extract stage gives the two clauses' quotations to two persons, neither entity nor
 * name in common, and `b` does not name `a`'s speaker itself: '"This budget protects us," she told
 * the chamber' (she: the mayor) is not stated by '"This budget protects us," said deputy mayor Tomas
 * Venn'. A body and a person are not two speakers (an office and its spokesperson).
 */
function quotedApart(a: Reading, b: Reading): boolean {
  const [x, y] = [a.claim.quotedBy, b.claim.quotedBy];
  if (!x?.person || !y?.person) return false;
  if (x.ids.some((id) => y.ids.includes(id) || b.claim.persons.has(id))) return false;
  const surname = (name: string) => fold(name.split(/\s+/).at(-1) ?? '');
  return surname(x.name) !== surname(y.name) && !foldedWords(b).has(surname(x.name));
}

// The share of a quotation's words a supporter must hold: its same words, give or take a spelling
// ("cyber-criminals" / "cyber criminals") or an abbreviation ("IE" / "Internet Explorer").
const SAME_WORDS = 0.8;

const wordsIn = (tokens: readonly Token[]): string[] =>
  tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => fold(t.text));

// The words of a whole clause, folded (read once: a clause is weighed against many)
const clauseWords = perReading((r: Reading): readonly string[] => wordsIn(r.claim.tokens));

// The words of a clause inside its quotation marks, folded (punctuation left out).
const quotedWords = perReading((r: Reading): readonly string[] | null => {
  const { within, ambiguous } = splitQuotes(r.claim.tokens);
  if (ambiguous) return null;
  return wordsIn(within);
});

// The words of a clause's quotation: inside its marks, or the whole clause when it has none and its
// article quotes it (a sentence inside a longer quotation).
const quotationWords = perReading((r: Reading): readonly string[] | null => {
  const words = quotedWords(r);
  return words?.length === 0 && r.claim.quoted ? clauseWords(r) : words;
});

/**
 * Whether a clause is a quotation: its article says so, or its own marks hold most of its words (the
 * end of a quotation opened in a sentence before, "… we thought it was the best move.”").
 */
export const quotation = perReading((r: Reading): boolean => {
  if (r.claim.quoted) return true;
  const words = quotedWords(r);
  return words !== null && words.length * 2 > clauseWords(r).length;
});

// How many of `mine` stand in `theirs` in the same order (their longest common run, gaps allowed).
function inOrder(mine: readonly string[], theirs: readonly string[]): number {
  let row = new Array<number>(theirs.length + 1).fill(0);
  for (const w of mine) {
    const next = [0];
    for (let j = 0; j < theirs.length; j++)
      next.push(w === theirs[j] ? (row[j] as number) + 1 : Math.max(row[j + 1] as number, next[j] as number));
    row = next;
  }
  return row[theirs.length] as number;
}

/**
 * Whether `b` quotes other words than `a` does, both being quotations: fewer than four fifths of
 * `a`'s quoted words stand in `b`'s quotation in the same order ("The doctors, trainers and
 * ourselves, we thought it was the best move.”" / "“… doctors, trainers, the player and ourselves --
 * we felt that this was the best move.”"). A clause with no marks of its own that holds four fifths
 * of `b`'s quoted words is taken for the same quotation, its marks lost to another sentence.
 */
export function anotherQuotation(a: Reading, b: Reading): boolean {
  const theirs = quotedWords(b);
  if (!quotation(b) || !theirs?.length) return false;
  if (quotation(a)) {
    const mine = quotationWords(a);
    return mine !== null && mine.length >= 3 && inOrder(mine, theirs) < SAME_WORDS * mine.length;
  }
  const mine = clauseWords(a);
  const held = new Set(theirs);
  return (
    mine.length >= 3 &&
    mine.filter((w) => held.has(w)).length >= SAME_WORDS * mine.length &&
    inOrder(mine, theirs) < SAME_WORDS * mine.length
  );
}

/**
 * Whether two quotations are one quote, as text/quotes/wording.ts reads it: one's words run unbroken
 * in the other (a part of it), or they share four fifths of the longer one's words (one quote in two
 * wordings). Not '"Mira Holt will host the gala"' / '"I agreed with Tove that Mira Holt is the ideal
 * host for the gala"': two statements about one thing. A side whose quotation is not read (its
 * marks ambiguous) is taken for the same.
 */
export function oneQuotation(a: Reading, b: Reading): boolean {
  const [mine, theirs] = [quotationWords(a), quotationWords(b)];
  if (!mine?.length || !theirs?.length) return true;
  return (
    wordForWord(joinedRun(mine), joinedRun(theirs)) ||
    oneQuote(new Set(mine.map(stem)), new Set(theirs.map(stem)))
  );
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

/**
 * Whether `b` leaves out words that `a` puts in quotation marks: fewer than four fifths of them stand
 * in `b`, in the same order (in any quotation form, single marks or none: "set the zones to 'high'"
 * holds '"high"'). 'Ada Lind said the plan was "cruel to renters"' is not stated by 'Ada Lind called
 * the plan "cruel"': the second does not say she used those words.
 */
export function quotedWordsMissing(a: Reading, b: Reading): boolean {
  const mine = quotedWords(a);
  return mine !== null && mine.length > 0 && inOrder(mine, clauseWords(b)) < SAME_WORDS * mine.length;
}
