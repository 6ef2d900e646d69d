import type { ClaimFigure } from '../../../text/quantities.ts';
import { agree } from './quantities.ts';
import { perReading, type Reading } from './reading.ts';

/** One item of two lists of one inventory told with two values. */
export interface InventoryClash {
  readonly claim: ClaimFigure;
  readonly other: ClaimFigure;
}

// Smaller numbers (one, two) agree by chance too often to tell that two lists are one.
const ANCHOR_MIN = 3;

// The counts of a sentence: bare numbers of things ("seven rifles", "13 magazines"); read once per
// sentence, not per pair it is judged in (shared: never changed)
const counts = perReading((r: Reading): readonly ClaimFigure[] =>
  r.claim.figures.filter((f) => f.unit === null),
);

// Two items that agree: one value, of one thing where both say what they count.
const agreeing = (x: ClaimFigure, y: ClaimFigure): boolean =>
  agree(x, y) && (x.counts === null || y.counts === null || x.counts === y.counts);

// The word right after a figure's number ("two other rifles" → "other").
function wordAfter(f: ClaimFigure, r: Reading): string | undefined {
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.start >= f.span.end);
  return at >= 0 ? tokens[at]?.norm : undefined;
}

// How many list separators (a comma, "and", a semicolon) stand between two figures of a reading.
const separators = (x: ClaimFigure, y: ClaimFigure, r: Reading): number =>
  r.claim.tokens.filter((t) => t.start >= x.span.end && t.end <= y.span.start && /^(,|;|and)$/.test(t.norm))
    .length;

// Whether two figures of a reading are two parts joined by "and", with no verb, preposition or
// other number between them ("12 Somali and 11 Yemeni pirates", "12 men and 11 women"; not "killed
// 12 and wounded 11").
function joinedParts(x: ClaimFigure, y: ClaimFigure, r: Reading): boolean {
  const between = r.claim.tokens.filter((t) => t.start >= x.span.end && t.end <= y.span.start);
  return (
    between.filter((t) => t.norm === 'and').length === 1 &&
    between.every((t) => t.norm === 'and' || ['ADJ', 'NOUN', 'PROPN'].includes(t.pos))
  );
}

/**
 * Whether `f` of `r` is a part of a list told as a named part and its rest ("seven shotguns, two
 * other guns"), or as two parts joined by "and" ("12 Somali and 11 Yemeni pirates"), and the two
 * sum to `total` ("nine guns", "23 pirates"): the same count, told as a list and as a sum.
 */
export function sumsTo(f: ClaimFigure, r: Reading, total: ClaimFigure): boolean {
  const fs = counts(r);
  const at = fs.indexOf(f);
  if (at < 0) return false;
  const rest = [at, at + 1].find((k) => {
    const [x, y] = [fs[k - 1], fs[k]];
    return x !== undefined && y !== undefined && (wordAfter(y, r) === 'other' || joinedParts(x, y, r));
  });
  if (rest === undefined) return false;
  const [named, others] = [fs[rest - 1] as ClaimFigure, fs[rest] as ClaimFigure];
  return Math.abs(named.value + others.value - total.value) < 0.5;
}

/**
 * Two lists of one inventory (each counts several things, and an item of at least three agrees on
 * both sides: "seven rifles … 13 magazines" / "seven rifles … 13 magazines") that count the rest
 * otherwise: "two other rifles" / "three other guns", or "seven rifles, two other rifles" / "nine
 * rifles, 13 magazines" where the first list sums to another total than the second tells (a second
 * list that counts the whole, 7 + 2 = 9, agrees), or "seven rifles, three machine guns" where the
 * second names the same part and tells another rest right after it.
 */
export function inventoryClash(a: Reading, b: Reading): InventoryClash | null {
  const [ca, cb] = [counts(a), counts(b)];
  if (ca.length < 2 || cb.length < 2) return null;
  if (!ca.some((x) => x.value >= ANCHOR_MIN && cb.some((y) => agreeing(x, y)))) return null;
  // the rest of the list: "two other rifles" / "three other automatic weapons"
  const rest = (fs: readonly ClaimFigure[], r: Reading) => fs.findIndex((f) => wordAfter(f, r) === 'other');
  const [ra, rb] = [rest(ca, a), rest(cb, b)];
  if (ra >= 0 && rb >= 0) {
    const [x, y] = [ca[ra] as ClaimFigure, cb[rb] as ClaimFigure];
    return agree(x, y) ? null : { claim: x, other: y };
  }
  // one side counts a part and the rest ("seven rifles, two other rifles"), the other a total
  const [parts, whole, fromClaim] = ra > 0 ? [ca, cb, true] : rb > 0 ? [cb, ca, false] : [null, null, true];
  if (!parts || !whole) return null;
  const at = fromClaim ? ra : rb;
  const [named, others] = [parts[at - 1] as ClaimFigure, parts[at] as ClaimFigure];
  const total = whole.find(
    (f) => f.counts !== null && (f.counts === named.counts || f.counts === others.counts),
  );
  if (!total || Math.abs(total.value - named.value - others.value) < 0.5) return null;
  if (agree(total, named)) {
    // the named part on both sides: the item told right after it on the other side is the rest
    // there ("seven rifles, two other rifles" / "seven rifles, three machine guns")
    const next = whole[whole.indexOf(total) + 1];
    if (!next || next.counts === null || next.counts === named.counts || agree(next, others)) return null;
    if (separators(total, next, fromClaim ? b : a) !== 1) return null;
    return fromClaim ? { claim: others, other: next } : { claim: next, other: others };
  }
  return fromClaim ? { claim: named, other: total } : { claim: total, other: named };
}
