// A count of one counted thing that a later article gives anew and tells as a change ("41,000 claims
// are waiting" on day 1; "revised its count of pending claims to 47,500, up from the 41,000 it gave
// last week" on day 7) is one figure told over time, even where its noun is no word of a measure
// (measure-updates.ts reads "killed", "injured"…) and the support judge paired none of its sentences:
// listed as one update, "Updated: 41,000 → 47,500", not as two unrelated figures. Only counts of
// one counted noun that one predicate or one noun before the number ties ("the backlog stood at
// 41,000 claims" / "put the backlog at 47,500 claims"), values that follow each other in time and a
// later sentence telling the change (markUpdate): "repaired 40 bicycles" and "300 bicycles have been stolen"
// are two counts of bicycles, never one update.
import type { Conflict, SegmentedArticle } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';
import { sideFirstTold, withTimes } from './difference-times.ts';
import { markUpdate, toldAsChange } from './difference-updates.ts';
import { evidenceKey } from './evidence-key.ts';
import { countDifference, floorsFirst, type Told } from './measure-updates.ts';
import { sameMeasure } from './other-value.ts';
import type { Reading } from './support/index.ts';
import { measureOf, runningTotal } from './support/measures.ts';

type Difference = Omit<Conflict, 'id'>;

// Each plain count of a counted noun no measure word tells, by that noun's stem: the only count of it
// in its sentence, no running total, no unit.
function countsByNoun(claims: readonly Claim[], readingOf: (i: number) => Reading): Map<string, Told[]> {
  const out = new Map<string, Told[]>();
  for (const claim of claims) {
    if (!claim.figures.length) continue;
    const r = readingOf(claim.index);
    const plain = (f: ClaimFigure) =>
      f.unit === null &&
      f.counts !== null &&
      f.rate === null &&
      measureOf(f, r) === null &&
      !runningTotal(f, r);
    for (const f of claim.figures.filter(plain))
      if (claim.figures.filter((g) => g.counts === f.counts).length === 1)
        out.set(f.counts as string, [...(out.get(f.counts as string) ?? []), { claim, figure: f }]);
  }
  return out;
}

// Whether two tellings are of one measure: a predicate of one told in the other, or a noun before
// both numbers ("backlog").
const tied = (a: Told, b: Told, readingOf: (i: number) => Reading): boolean => {
  const ra = readingOf(a.claim.index);
  const rb = readingOf(b.claim.index);
  return (
    sameMeasure(a.figure, ra, b.figure, rb) ||
    sameMeasure(b.figure, rb, a.figure, ra) ||
    a.figure.context.some((w) => b.figure.context.includes(w) || rb.allStems.has(w)) ||
    b.figure.context.some((w) => ra.allStems.has(w))
  );
};

// The update with each sentence that tells the change ("revised its count of pending claims to 47,500, up
// from the 41,000"), whose numbers count no noun of their own, on the side of the latest value it gives:
// a reader sees which article updated the figure, and when.
function withChange(d: Difference, claims: readonly Claim[], noun: string): Difference {
  const cited = new Set(d.sides.flatMap((s) => s.evidence.map(evidenceKey)));
  const sides = d.sides.map((s) => ({ ...s, evidence: [...s.evidence] }));
  for (const c of claims) {
    if (cited.has(evidenceKey(c)) || !c.tokenStems.includes(noun) || !toldAsChange(c.text)) continue;
    const gives = sides.filter((s) =>
      c.figures.some((f) => f.counts === null && f.value === s.value?.number),
    );
    const latest = gives.sort((x, y) => sideFirstTold(y) - sideFirstTold(x))[0];
    latest?.evidence.push({ articleId: c.articleId, span: { ...c.span } });
  }
  return { ...d, sides };
}

/**
 * The updates of a counted noun's count across the story's articles that no listed difference shows
 * (`listed`): for each counted noun with two values or more, every telling tied to one of another value
 * (`tied`), one figure difference with a side per value, kept only where markUpdate reads it as an
 * update (values in time order, a later sentence of the noun telling the change).
 * @example
 * // "At present 41,000 claims are waiting." (day 1) / "The backlog stood at 41,000 claims." (day 1) /
 * // "The ministry put the backlog at 47,500 claims after it revised its count" (day 8): Updated 41,000 → 47,500
 */
export function countedUpdates(
  claims: readonly Claim[],
  readingOf: (i: number) => Reading,
  articles: readonly SegmentedArticle[],
  listed: readonly Difference[],
): Difference[] {
  const held = new Set(listed.flatMap((d) => d.sides.flatMap((s) => s.evidence.map(evidenceKey))));
  const out: Difference[] = [];
  for (const told of countsByNoun(claims, readingOf).values()) {
    const kept = told.filter((t) =>
      told.some((u) => u.figure.value !== t.figure.value && tied(t, u, readingOf)),
    );
    const first = kept[0];
    if (!first) continue;
    // named by the noun as the first telling writes it ("claims")
    const noun = first.claim.tokens.find((t) => stem(t.text) === first.figure.counts)?.norm;
    const found = countDifference(
      first.figure.counts as string,
      kept,
      held,
      () => noun ?? String(first.figure.counts),
    );
    if (!found) continue;
    const d = markUpdate(withTimes(found, articles), articles, false);
    if (d.update && floorsFirst(d))
      out.push(withTimes(withChange(d, claims, first.figure.counts as string), articles));
  }
  return out;
}
