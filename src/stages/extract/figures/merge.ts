import type { Figure } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { sameBound, sameCounted } from '../../../text/quantities.ts';
import { roundingHalf } from '../../../text/quantities-agree.ts';
import { SAME_VALUE_TOLERANCE } from '../patterns.ts';
import type { FoundFigure } from './find.ts';

// Values apart are one figure only within the rounding of the rounder one: "2.4 million" and
// "2,412,000" are one, "213 votes" and "212 votes" two counts (each in its row of the Figures table)
function sameValue(a: number, b: number): boolean {
  const apart = Math.abs(a - b);
  if (apart === 0) return true;
  return (
    apart <= SAME_VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) &&
    apart <= Math.max(roundingHalf(a), roundingHalf(b))
  );
}

/**
 * True when two figures state the same quantity: same value and unit, qualifiers that tell one measure
 * (not a bound against a value or an average: see `sameBound`), and either the same rate ("a day")
 * counting one kind of thing ("vehicles", "cars", "crossings": see `sameCounted`) or, without a rate,
 * the same counted noun and the same period. The compare stage reads a measure with the same tests.
 */
export function sameFigure(a: FoundFigure, b: FoundFigure): boolean {
  if (!sameValue(a.value, b.value) || a.unit !== b.unit || a.valueHigh !== b.valueHigh) return false;
  if (!sameBound(a.qualifier, b.qualifier)) return false;
  if (a.rate || b.rate)
    return a.rate === b.rate && (!a.head || !b.head || sameCounted(stem(a.head), stem(b.head)));
  // money, shares, lengths of time and measures with nothing counted are the same sum when nothing else tells them apart
  if (!a.head && !b.head && a.unit) return (a.period ?? '') === (b.period ?? '');
  if (!a.head || a.head !== b.head) return false;
  return (a.period ?? '') === (b.period ?? '');
}

// The figures a figure can be the same quantity as share its bucket: unit, value to two digits, high
// end, and rate, else period and counted noun (see sameFigure). null: it can match no other figure.
function bucketOf(f: FoundFigure): string | null {
  const value = `${f.unit ?? ''}|${f.value.toPrecision(2)}|${f.valueHigh ?? ''}`;
  if (f.rate) return `${value}|rate ${f.rate}`;
  if (!f.head && !f.unit) return null;
  return `${value}|${f.period ?? ''}|${f.head ?? ''}`;
}

// The source of the first figure whose article's first telling of it has one, else null.
function firstTold(figures: readonly FoundFigure[]): string | null {
  const seen = new Set<string>();
  for (const f of figures) {
    if (seen.has(f.articleId)) continue;
    seen.add(f.articleId);
    if (f.attributedTo) return f.attributedTo;
  }
  return null;
}

/** Merge the figures of a story: the same quantity told in several articles becomes one figure. */
export function mergeFigures(found: readonly FoundFigure[], idPrefix: string): Figure[] {
  // a row: its figures, and one of each distinct way they are told (what sameFigure reads), so a
  // long run of one figure is compared once, not once per copy
  type Row = { figures: FoundFigure[]; kinds: Map<string, FoundFigure> };
  const rows: Row[] = [];
  const kindOf = (f: FoundFigure) => `${f.value}|${f.qualifier ?? ''}|${f.head ?? ''}|${f.period ?? ''}`;
  // within a bucket only the value can still differ, so a long run of figures costs little
  const buckets = new Map<string, Row[]>();
  for (const f of found) {
    const key = bucketOf(f);
    const bucket = key === null ? [] : (buckets.get(key) ?? []);
    // the same measure as every figure of the row, not only one (an estimate and an average each
    // agree with a plain value, not with each other)
    const target = bucket.find((r) => [...r.kinds.values()].every((g) => sameFigure(f, g)));
    if (target) {
      target.figures.push(f);
      if (!target.kinds.has(kindOf(f))) target.kinds.set(kindOf(f), f);
    } else {
      const r = { figures: [f], kinds: new Map([[kindOf(f), f]]) };
      bucket.push(r);
      rows.push(r);
      if (key !== null) buckets.set(key, bucket);
    }
  }
  return rows.map(({ figures: c }, i) => {
    const first = c[0] as FoundFigure;
    const pick = <K extends keyof FoundFigure>(k: K) => c.find((f) => f[k] !== null)?.[k] ?? null;
    return {
      id: `${idPrefix}f${i + 1}`,
      value: first.value,
      valueHigh: first.valueHigh,
      unit: first.unit,
      counts: pick('counts') as string | null,
      qualifier: pick('qualifier') as string | null,
      period: pick('period') as string | null,
      // an article's source of a figure is its first telling's: a value it states itself first ("cut
      // by 25 basis points") rests on no source, though a source later gives that value too
      attributedTo: firstTold(c),
      text: first.text,
      occurrences: c.map((f) => ({ articleId: f.articleId, span: { start: f.start, end: f.end } })),
      tellings: c.map((f) => ({ qualifier: f.qualifier, period: f.period, attributedTo: f.attributedTo })),
    };
  });
}
