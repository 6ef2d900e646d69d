// A figure difference lists every telling of its values, so its history is whole: "The death toll …
// stood at seven" (16:00), a sentence the support judge compared with neither side, is a later telling
// of the seven that "Seventeen people died" (10:00) differs from, so 17 is no newest value (and no update).
import type { Conflict, Evidence } from '../../model/index.ts';
import { type ClaimFigure, sameQuantity, valuesAgree } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';
import type { Reading } from './support/index.ts';
import { measureOf } from './support/measures.ts';

type Difference = Omit<Conflict, 'id'>;
type Side = Difference['sides'][number];

// A side's figure (the figure of its first sentence that gives its value) with that sentence's reading.
interface Told {
  readonly figure: ClaimFigure;
  readonly reading: Reading;
}

/**
 * A figure difference whose sides tell one measure (a word of one family: "died", "killed", "toll")
 * with every other article's sentence that gives one of its values of that measure added to that
 * value's side (its only count of the measure, one value: `valuesAgree`, a name shared with the side's
 * sentence; one sentence an article, none of an article already on a side; of two sides of one value,
 * the first); other differences as they are. `claimAt` finds a side's claim by its evidence.
 */
export function withEveryTelling(
  d: Difference,
  claims: readonly Claim[],
  readingOf: (index: number) => Reading,
  claimAt: (e: Evidence) => Claim | undefined,
): Difference {
  if (d.kind !== 'figure' || d.sides.length < 2 || !d.sides.every((s) => s.value)) return d;
  const told = d.sides.map((s: Side): Told | undefined => {
    const c = s.evidence[0] ? claimAt(s.evidence[0]) : undefined;
    if (!c) return undefined;
    const reading = readingOf(c.index);
    const figure = reading.claim.figures.find(
      (f) => f.value === s.value?.number && f.unit === (s.value?.unit ?? null),
    );
    return figure ? { figure, reading } : undefined;
  });
  const measures = told.map((t) => (t ? measureOf(t.figure, t.reading) : null));
  if (measures[0] == null || measures.some((m) => m !== measures[0])) return d;
  const on = new Set(d.sides.flatMap((s) => s.evidence.map((e) => e.articleId)));
  const added: Evidence[][] = d.sides.map(() => []);
  for (const c of claims) {
    if (on.has(c.articleId) || c.figures.length === 0) continue;
    const r = readingOf(c.index);
    // the sides whose value a figure of it gives, the only count of their measure in it, of a
    // sentence that shares a name with the side's (one event: "in Dunmere")
    const m = measures[0];
    const counts = r.claim.figures.filter((g) => measureOf(g, r) === m);
    const sides = new Set(
      counts.length !== 1
        ? []
        : told.flatMap((t, k) => {
            const g = counts[0] as ClaimFigure;
            return t &&
              sameQuantity(t.figure, g) &&
              valuesAgree(t.figure, g) &&
              [...r.nameWords].some((w) => t.reading.nameWords.has(w))
              ? [k]
              : [];
          }),
    );
    // two sides of one value (one change found under two names, its sides kept apart): the first
    const k = oneValue(d, [...sides]);
    if (k === null) continue;
    (added[k] as Evidence[]).push({ articleId: c.articleId, span: { ...c.span } });
    on.add(c.articleId);
  }
  if (added.every((a) => a.length === 0)) return d;
  return { ...d, sides: d.sides.map((s, k) => ({ ...s, evidence: [...s.evidence, ...(added[k] ?? [])] })) };
}

// The first of the sides `ks` when they all give one value (its number and unit), else null.
function oneValue(d: Difference, ks: readonly number[]): number | null {
  const values = ks.map((k) => d.sides[k]?.value);
  const [first] = values;
  if (!first || values.some((v) => v?.number !== first.number || (v?.unit ?? null) !== (first.unit ?? null)))
    return null;
  return Math.min(...ks);
}
