import type { Conflict, Evidence, Figure } from '../../model/index.ts';
import type { Candidate } from './candidates.ts';
import { candidatesAt, groupByArticle } from './spans.ts';

const inside = (o: Evidence, e: Evidence): boolean =>
  o.articleId === e.articleId && o.span.start >= e.span.start && o.span.end <= e.span.end;

// The values of the figures written inside any of these sentences.
const valuesIn = (figures: readonly Figure[], evidence: readonly Evidence[]): Set<number> => {
  const out = new Set<number>();
  for (const f of figures)
    if (f.occurrences.some((o) => evidence.some((e) => inside(o, e)))) {
      out.add(f.value);
      if (f.valueHigh !== null) out.add(f.valueHigh);
    }
  return out;
};

// A figure difference's sides with the values each gives, and the values not every side gives (those
// every side gives are no matter of the difference).
function disputedOf(d: Conflict, figures: readonly Figure[]) {
  const sides = d.sides.map((s) => ({ evidence: s.evidence, values: valuesIn(figures, s.evidence) }));
  const all = new Set(sides.flatMap((s) => [...s.values]));
  return { sides, disputed: [...all].filter((v) => sides.some((s) => !s.values.has(v))) };
}

/**
 * The values the story's figure differences are about: each given by one side and not by another
 * (£42.5 million against £45 million). A headline that gives one of them takes a side (headline.ts).
 * @example
 * disputedValues(differences, figures) // Set { 42500000, 45000000 }
 */
export function disputedValues(differences: readonly Conflict[], figures: readonly Figure[]): Set<number> {
  const out = new Set<number>();
  for (const d of differences)
    if (d.kind === 'figure') for (const v of disputedOf(d, figures).disputed) out.add(v);
  return out;
}

/**
 * The candidates that give, as one more telling of a figure difference's event, a value one of its
 * sides gives while another side gives another: told alone in the summary, that value would read as
 * the fact ("900 residents were moved out" beside a difference "900 people" vs "300 people"). A
 * candidate counts when it holds one side's value and `tellsLikewise` finds it telling the event of a
 * side (the judge's supports, differs or same-event reading). The sides' own sentences are
 * disputedSides'. Attribution does not save it: "…, the county said" still gives one side alone.
 * @example
 * disputedFigures(candidates, differences, figures, tellsLikewise) // Set { 0 }
 */
export function disputedFigures(
  candidates: readonly Candidate[],
  differences: readonly Conflict[],
  figures: readonly Figure[],
  tellsLikewise: (a: Evidence, b: Evidence) => boolean,
): Set<number> {
  const out = new Set<number>();
  const at = candidatesAt(groupByArticle(candidates));
  const valuesOf = new Map<number, Set<number>>();
  const candidateValues = (c: Candidate): Set<number> => {
    let v = valuesOf.get(c.index);
    if (!v) {
      v = valuesIn(figures, [c.evidence]);
      valuesOf.set(c.index, v);
    }
    return v;
  };
  for (const d of differences) {
    if (d.kind !== 'figure') continue;
    const { sides, disputed } = disputedOf(d, figures);
    if (!disputed.length) continue;
    const own = new Set(d.sides.flatMap((s) => s.evidence.flatMap((e) => at(e).map((c) => c.index))));
    for (const c of candidates) {
      if (own.has(c.index) || out.has(c.index)) continue;
      const values = candidateValues(c);
      if (!disputed.some((v) => values.has(v))) continue;
      if (
        sides.some((s) =>
          s.evidence.some((e) => tellsLikewise(c.evidence, e) || tellsLikewise(e, c.evidence)),
        )
      )
        out.add(c.index);
    }
  }
  return out;
}
