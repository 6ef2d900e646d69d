// What the alignment score (align.ts) reads of a claim besides its vector, and the one figure rule
// that reads both claims' traits: a count in words against an exact count of the very thing.
import type { Token } from '../../model/index.ts';
import { ROUND_NUMBER_WORDS } from '../../text/data/numbers.ts';
import { type ClaimFigure, sameBound, surelySameQuantity, valuesAgree } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';

// What the score rules read of a claim besides its vector, worked out once per claim: its name
// keys, whether it gives a figure in digits (or an exact one in words), whether all its figures are
// loose words, and which of its figures are loose counts (`isLoose`, by figure index).
export interface Traits {
  readonly names: readonly string[];
  readonly digits: boolean;
  readonly allWorded: boolean;
  readonly loose: readonly boolean[];
  /** Which of its figures are counts in words, plain and whole (`spelledCount`), by figure index. */
  readonly spelled: readonly boolean[];
}

export function traitsOf(c: Claim): Traits {
  const spelled = c.figures.map((f) => spelledCount(f, c.tokens));
  const exact = c.figures.map((f, i) =>
    spelledExact(f, (spelled[i] as boolean) || spelledShare(f, c.tokens)),
  );
  return {
    names: [...c.terms.keys()].filter((t) => t.startsWith('e:') || t.startsWith('n:')),
    digits: c.figures.some((f, i) => !f.worded || exact[i]),
    allWorded: c.figures.every((f, i) => f.worded && !exact[i]),
    loose: c.figures.map((f, i) => isLoose(f, exact[i] as boolean)),
    spelled,
  };
}

// A count of things (no unit: no length of time, no sum) spelled out in words, of ten or more, with
// no round word ("Seventeen people were hurt", "twenty-two died"): news style spells out a number
// that opens a sentence, so it is as exact as digits; "a dozen homes" and "one hundred people" stay
// round (`ROUND_NUMBER_WORDS`).
const spelledExact = (f: ClaimFigure, spelled: boolean): boolean => spelled && f.value >= 10;

// A count of things spelled out in words, plain and whole, with no round word ("eight engines",
// "Seventeen people"; not "a dozen homes", "about five", "one hundred people").
const spelledCount = (f: ClaimFigure, tokens: readonly Token[]): boolean =>
  f.unit === null && plainWords(f, tokens);

// A share spelled out in words, plain and whole ("Seventy-one per cent of members", as news style
// opens a sentence; not "about half", "one hundred per cent"): as exact as "71 per cent".
const spelledShare = (f: ClaimFigure, tokens: readonly Token[]): boolean =>
  f.unit === 'percent' && plainWords(f, tokens);

// A whole number in words with no qualifier and no round word.
function plainWords(f: ClaimFigure, tokens: readonly Token[]): boolean {
  if (!f.worded || f.qualifier !== null || !Number.isInteger(f.value)) return false;
  return !roundWorded(f, tokens);
}

/** Whether a figure is told in words with a round word ("a dozen people", "hundreds"): a loose count. */
export const roundWorded = (f: ClaimFigure, tokens: readonly Token[]): boolean =>
  f.worded === true &&
  tokens.some((t) => t.start >= f.span.start && t.end <= f.span.end && ROUND_NUMBER_WORDS.has(t.norm));

// A count spelled out ("two leaders", "a dozen homes") but for an exact one (`spelledExact`), as
// opposed to digits or a length of time.
const isLoose = (f: ClaimFigure, exact: boolean): boolean => f.worded === true && f.unit !== 'days' && !exact;

// Whether a plain count in words of one claim (`spelledCount`: "eight", not "a dozen") and an exact
// count of the other (in digits, or spelled out as news style does from ten: `spelledExact`) count
// one thing with other values ("Ten fire engines attended" / "Eight fire engines were sent"): a
// count in words is no incidental number when the other side counts the very thing it counts, so
// the pair is one quantity told twice, in conflict.
// The very noun, not one of its class ("two people" / "410 residents"), and both plain or about the
// value: a bound is another measure ("at least three people" / "a town of about 15,000 people").
export function countedApart(a: Claim, b: Claim, ta: Traits, tb: Traits): boolean {
  for (let i = 0; i < a.figures.length; i++)
    for (let j = 0; j < b.figures.length; j++) {
      const fa = a.figures[i] as ClaimFigure;
      const fb = b.figures[j] as ClaimFigure;
      if (ta.loose[i] === tb.loose[j] || fa.counts === null || fa.counts !== fb.counts) continue;
      if (!(ta.loose[i] ? ta.spelled[i] : tb.spelled[j])) continue;
      if (surelySameQuantity(fa, fb) && sameBound(fa.qualifier, fb.qualifier) && !valuesAgree(fa, fb))
        return true;
    }
  return false;
}
