// A count of one measure that outlets' successive articles give anew ("killed two people" on day 1,
// "Four people died in the storm" on day 2, "The death toll has risen to four") is one measure told
// over time, even where the support judge paired none of its sentences (each tells more than the
// toll: "… and damaged around 140 homes"): listed as one update, "Updated: 2 → 4", not as two
// unrelated counts of people. Only where the values follow each other in time and a later sentence
// tells the change (markUpdate): a count told otherwise at one time stays for the judge to pair.
import type { Conflict, SegmentedArticle } from '../../model/index.ts';
import { otherStatus } from '../../text/count-status.ts';
import { stem } from '../../text/normalise.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';
import { OPEN_ABOVE } from './data/bounds.ts';
import { sideFirstTold, withTimes } from './difference-times.ts';
import { markUpdate } from './difference-updates.ts';
import { evidenceKey } from './evidence-key.ts';
import { bothHold } from './support/bounds.ts';
import type { Reading } from './support/index.ts';
import { measureOf, measureOfStem, runningTotal } from './support/measures.ts';

type Difference = Omit<Conflict, 'id'>;
/** A count told in a claim: the claim and its figure. */
export interface Told {
  readonly claim: Claim;
  readonly figure: ClaimFigure;
}

/**
 * Each plain count of a measure, by measure: the only count of it in its sentence, no running total
 * ("640 killed since the assault began").
 */
export function countsByMeasure(
  claims: readonly Claim[],
  readingOf: (i: number) => Reading,
): Map<string, Told[]> {
  const out = new Map<string, Told[]>();
  for (const claim of claims) {
    if (!claim.figures.length) continue;
    const r = readingOf(claim.index);
    const counts = claim.figures.flatMap((f) => {
      const m = f.unit === null && !runningTotal(f, r) ? measureOf(f, r) : null;
      return m === null ? [] : [{ m, f }];
    });
    for (const { m, f } of counts)
      if (counts.filter((x) => x.m === m).length === 1)
        out.set(m, [...(out.get(m) ?? []), { claim, figure: f }]);
  }
  return out;
}

/**
 * The updates of a measure's count across the story's articles that no listed difference shows
 * (`listed`): for each measure (text/data/measure-words.ts) counted with two values or more that
 * cannot both hold, one figure difference with a side for each value, kept only where markUpdate
 * reads it as an update (values in time order, a later sentence telling the change).
 */
export function measureUpdates(
  claims: readonly Claim[],
  readingOf: (i: number) => Reading,
  articles: readonly SegmentedArticle[],
  listed: readonly Difference[],
): Difference[] {
  const held = new Set(listed.flatMap((d) => d.sides.flatMap((s) => s.evidence.map(evidenceKey))));
  const out: Difference[] = [];
  for (const [m, told] of countsByMeasure(claims, readingOf)) {
    const found = countDifference(m, told, held);
    if (!found) continue;
    const d = markUpdate(withTimes(found, articles), articles, false);
    if (d.update && floorsFirst(d)) out.push(d);
  }
  return out;
}

// A lower bound that a larger count raised ("At least 12 people were killed" / "The death toll rose to
// 15"): the two both hold, but told in that order, with a change, they are one count's update.
const raised = (floor: ClaimFigure, g: ClaimFigure): boolean =>
  floor.qualifier !== null && OPEN_ABOVE.has(floor.qualifier) && g.value > floor.value;

/**
 * Whether every side of a difference that gives a lower bound ("at least 12") was first told before
 * every side of a larger value: a floor told after the larger count is no update of it (countDifference
 * lets a floor and a larger count be two values only for that).
 */
export function floorsFirst(d: Difference): boolean {
  return d.sides.every(
    (x) =>
      !OPEN_ABOVE.has(x.value?.qualifier ?? '') ||
      d.sides.every(
        (y) => (y.value?.number ?? 0) <= (x.value?.number ?? 0) || sideFirstTold(x) < sideFirstTold(y),
      ),
  );
}

/**
 * The counts of measure `m` as one figure difference, a side per value (in the order first told),
 * named by the measure's word as the first telling writes it ("killed") and `label` after it; null
 * where fewer than two values, two that can both hold (but, where `updates`, a lower bound and a
 * larger count, which may be its update: `floorsFirst`; a caller that keeps no update only passes
 * false), or a telling a listed difference holds (`held`).
 */
export function countDifference(
  m: string,
  told: readonly Told[],
  held: ReadonlySet<string>,
  label = (word: string) => word,
  updates = true,
): Difference | null {
  if (told.some((t) => held.has(evidenceKey(t.claim)))) return null;
  // counts of two statuses ("42 suspected cases" / "70 confirmed cases") are two measures, no values of one
  const status = (t: Told, u: Told) => otherStatus(t.figure, t.claim.tokens, u.figure, u.claim.tokens);
  if (told.some((t, i) => told.some((u, k) => k > i && status(t, u)))) return null;
  const byValue = [...Map.groupBy(told, (t) => t.figure.value).values()];
  if (byValue.length < 2) return null;
  // each value as its plainest telling says it: a plain count where one gives it ("Twelve people were
  // killed" beside the headline's "kills at least 12"), else its first
  const plainest = byValue.map(
    (ts) => (ts.find((t) => t.figure.qualifier === null) ?? (ts[0] as Told)).figure,
  );
  const apart = (f: ClaimFigure, g: ClaimFigure) =>
    !bothHold(f, g) || (updates && (raised(f, g) || raised(g, f)));
  if (plainest.some((f, i) => plainest.some((g, k) => k > i && !apart(f, g)))) return null;
  const first = ((byValue[0] as Told[])[0] as Told).claim;
  const about = label(first.tokens.find((t) => measureOfStem(stem(t.text)) === m)?.norm ?? m);
  const sides = byValue.map((ts, i) => {
    // the bound every telling of the value gives ("at least 12"), else none
    const q = (ts[0] as Told).figure.qualifier;
    const bound = q !== null && ts.every((t) => t.figure.qualifier === q) ? { qualifier: q } : {};
    return {
      claim: (ts[0] as Told).claim.text,
      evidence: ts.map((t) => ({ articleId: t.claim.articleId, span: { ...t.claim.span } })),
      value: { number: (plainest[i] as ClaimFigure).value, unit: null, measure: about, ...bound },
    };
  });
  return { kind: 'figure', about, sides };
}
