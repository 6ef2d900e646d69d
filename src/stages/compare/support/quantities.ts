import type { Token } from '../../../model/index.ts';
import { NUMBER_WORDS } from '../../../text/data/quantities.ts';
import { stem } from '../../../text/normalise.ts';
import { type ClaimFigure, sameQuantity, surelySameQuantity, valuesAgree } from '../../../text/quantities.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { GOVERNOR_REACH, SUPPORT_MIN_NAME_SHARE } from '../patterns.ts';
import { holdsDate } from './dates.ts';
import type { Reading } from './reading.ts';
import { nameShare } from './relations.ts';

/** Whether `b` states figure `f` in some written form: the same unit and rate, and values that agree. */
export const holdsFigure = (f: ClaimFigure, b: Reading): boolean =>
  b.claim.figures.some(
    (g) =>
      g.unit === f.unit &&
      (g.rate === f.rate || !g.rate || !f.rate) &&
      valuesAgree(f, g) &&
      // the evidence is about as precise as the claim: "thousands of" does not state "about 10,000"
      g.high - g.low <= Math.max(1.5 * (f.high - f.low), 0.25 * Math.abs(f.value)) &&
      // "3 machine guns" is not held by "three other rifles"
      (!f.counts || !g.counts || sameQuantity(f, g)),
  );

/** Two figures that give one measure two values. */
export interface Clash {
  readonly claim: ClaimFigure;
  readonly other: ClaimFigure;
  /** Both are of one named subject ("the repair at $48 million" / "the repair bill could hit $65 million"). */
  readonly oneSubject: boolean;
  /** Both are told by the same word ("killing 3 people" / "killing 10 people", "a $13.9 billion acquisition"). */
  readonly governed: boolean;
}

/**
 * A figure of `a` that `b` gives another value for (told by the same word, or surely the same
 * quantity), unless `b` also gives an agreeing value for it.
 */
export function clashingFigure(a: Reading, b: Reading): Clash | null {
  for (const f of a.claim.figures) {
    if (holdsFigure(f, b) || ago(f, a) || part(f, a)) continue;
    const gf = governors(f, a);
    const governed = (x: ClaimFigure) => governors(x, b).some((w) => gf.includes(w));
    const g = b.claim.figures.find((x) => {
      if (x.unit !== f.unit || valuesAgree(f, x) || ago(x, b) || part(x, b)) return false;
      if (governed(x)) return true;
      // else the same quantity, the only one of its kind on each side, about the same subject
      return (
        surelySameQuantity(f, x) &&
        alone(f, a) &&
        alone(x, b) &&
        (f.context.some((w) => x.context.includes(w)) || nameShare(a, b) >= SUPPORT_MIN_NAME_SHARE)
      );
    });
    if (g)
      return {
        claim: f,
        other: g,
        oneSubject: f.context.some((w) => g.context.includes(w)),
        governed: governed(g),
      };
  }
  return null;
}

// The only figure of its unit and counted thing in its sentence: with several ("404 yards … 440
// yards"), which one another sentence's value answers is a guess.
const alone = (f: ClaimFigure, r: Reading): boolean =>
  r.claim.figures.filter((g) => g.unit === f.unit && g.counts === f.counts).length === 1;

// The words a figure is told by: the verb just before it ("killing", "hospitalized for") and the
// noun just after what it counts ("a $13.9 billion acquisition"), as stems.
function governors(f: ClaimFigure, r: Reading): string[] {
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.start >= f.span.start);
  const after = tokens.findIndex((t) => t.start >= f.span.end);
  const out: string[] = [];
  for (let k = at - 1; k >= Math.max(0, at - GOVERNOR_REACH); k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') break;
    if (t.pos === 'VERB' && !REPORTING_STEMS.has(stem(t.text))) {
      out.push(stem(t.text));
      break;
    }
  }
  if (after >= 0)
    for (let k = after; k < Math.min(tokens.length, after + 2); k++) {
      const t = tokens[k];
      if (t?.pos === 'NOUN' && stem(t.text) !== f.counts) {
        out.push(`n:${stem(t.text)}`);
        break;
      }
    }
  return out;
}

// "$334 million, including $281 million in cash": a part of another amount, not the amount.
const part = (f: ClaimFigure, r: Reading): boolean => {
  const at = r.claim.tokens.findIndex((t) => t.start >= f.span.start);
  return at > 0 && PART_OF.has(r.claim.tokens[at - 1]?.norm ?? '');
};
const PART_OF = new Set(['including', 'includes', 'included', 'incl']);

// "12 days ago": a length counted back from the day of writing differs between articles of other days.
const ago = (f: ClaimFigure, r: Reading): boolean =>
  r.claim.tokens.some((t) => t.start >= f.span.end && t.start <= f.span.end + 12 && t.norm === 'ago');

/** Whether `b` holds every number and date of `a`, in any written form. */
export function holdsNumbersAndDates(a: Reading, b: Reading): boolean {
  if (!a.claim.figures.every((f) => holdsFigure(f, b))) return false;
  // a time counted from an unknown day of writing that dates the statement ("said last week") is the
  // outlet's, not the claim's
  const dates = a.dates.filter((d) => !(d.deictic && d.reported));
  if (!dates.every((d) => b.dates.some((e) => holdsDate(d, e)))) return false;
  const stray = strayNumbers(a);
  if (!stray.length) return true;
  const written = new Set(numbersIn(b.claim.tokens));
  for (const f of b.claim.figures) written.add(f.value);
  return stray.every((n) => written.has(n));
}

// Every number written in tokens, in digits ("9-14" → 9, 14; "1,098" → 1098) or as a word ("six").
function numbersIn(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    const word = NUMBER_WORDS[t.norm];
    if (word !== undefined) out.push(word);
    else if (/\d/.test(t.text))
      for (const m of t.text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) out.push(Number(m[0].replace(/,/g, '')));
  }
  return out;
}

/**
 * The numbers of a claim that are neither in its figures nor in its dates — a record ("9-14"), a
 * season ("2008-09"), a time, a number a figure reading missed ("from six to 75 years") — which a
 * supporter must write too. "One" and "a" are left out (they are articles as often as numbers).
 */
function strayNumbers(r: Reading): number[] {
  const inFigure = (t: Token) => r.claim.figures.some((f) => t.start >= f.span.start && t.end <= f.span.end);
  const dated = new Set<number>();
  for (const d of r.dates) {
    if (d.year !== null) dated.add(d.year);
    if (d.monthDay) dated.add(Number(d.monthDay.split('-')[1]));
  }
  return numbersIn(r.claim.tokens.filter((t) => !inFigure(t))).filter((n) => n !== 1 && !dated.has(n));
}
