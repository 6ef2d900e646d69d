import type { Conflict, Evidence, Figure } from '../../model/index.ts';
import { evidenceWithin } from '../../text/evidence.ts';
import type { Candidate } from './candidates.ts';
import { firstOf, newestOf } from './figure-order.ts';
import { disputedOf, leadingValue, valuesIn } from './figure-values.ts';
import { candidatesAt, groupByArticle } from './spans.ts';

const inside = evidenceWithin;

/**
 * The values the story's figure differences are about: each given by one side and not by another
 * (£42.5 million against £45 million); of an update, its earlier values only (`overtaken`: the values
 * a later day's reports give anew, `newestOf`). A headline that gives one of them takes a side or
 * tells a superseded value (headline.ts).
 * @example
 * disputedValues(differences, figures, new Set()) // Set { 42500000, 45000000 }
 */
export function disputedValues(
  differences: readonly Conflict[],
  figures: readonly Figure[],
  overtaken: ReadonlySet<number>,
): Set<number> {
  const out = new Set<number>();
  for (const d of differences)
    if (d.kind === 'figure')
      for (const v of disputedOf(d, figures).disputed) if (v !== newestOf(d, overtaken)) out.add(v);
  return out;
}

/** A value of a figure difference that a sentence does not give, as another side writes it, and where. */
export interface OtherValue {
  /** The figure as the side writes it ("14 others"). */
  readonly text: string;
  /** The sides' sentences that give it. */
  readonly evidence: readonly Evidence[];
  /** Whether it counts what one of the sentence's own values of the difference counts (unit or noun). */
  readonly sameMeasure: boolean;
  /** Set where every article giving it was published on a day before the sentence's value was given. */
  readonly earlier?: true;
  /** Set where one outlet alone gives it and most outlets the sentence's value (figure-values.ts). */
  readonly alone?: true;
}

/** The sentences that give a value of a figure difference, and those of its sides that give none. */
export interface FigureTellings {
  /** By candidate index: the values of its differences it does not give, each as a side gives it. */
  readonly told: ReadonlyMap<number, readonly OtherValue[]>;
  /**
   * By candidate index (of `told`): its own value as it writes it ("15 people") and the sides' sentences
   * giving that value, its own or not (how many reports give it).
   */
  readonly kept: ReadonlyMap<number, OtherValue>;
  /**
   * By candidate index: of a sentence giving the newest value of an update and not its first, the
   * first value as its side writes it and the sentences giving it ("first gave two people").
   */
  readonly earlier: ReadonlyMap<number, OtherValue>;
  /** Whether two candidates both give values of one figure difference (a summary tells one of them). */
  readonly same: (a: number, b: number) => boolean;
  /**
   * Left out: the sides' own sentences that give none of the values in question, and those whose other
   * values are not found written.
   */
  readonly left: ReadonlySet<number>;
}

/**
 * The candidates that give a value of a figure difference some side gives while another side gives
 * another, each with the other values and the sentences giving them: a side's own sentence, or one more
 * telling of a side's event (`tellsLikewise`: the judge's supports, differs or same-event reading, either
 * way round). Told alone in the summary, the value would read as the fact ("900 residents were moved
 * out" beside a difference "900 people" vs "300 people"); the summary tells such a sentence only with
 * its value attributed and the other values beside it (beside.ts). Attribution alone does not do:
 * "…, the county said" still gives one side alone. Where most outlets give one value and each other
 * value is one outlet's alone, a sentence giving only such a value is left out (the summary tells the
 * value most give, the other as one outlet's). `overtaken`: the values a later day's reports give anew
 * (`newestOf`); `outletOf`: an article's outlet.
 * @example
 * figureTellings(candidates, differences, figures, tellsLikewise, new Set()).told // Map { 0 => [{ text: '300 people', … }] }
 */
export function figureTellings(
  candidates: readonly Candidate[],
  differences: readonly Conflict[],
  figures: readonly Figure[],
  tellsLikewise: (a: Evidence, b: Evidence) => boolean,
  overtaken: ReadonlySet<number>,
  outletOf: (articleId: string) => string = (id) => id,
): FigureTellings {
  const told = new Map<number, OtherValue[]>();
  const kept = new Map<number, OtherValue>();
  const earlier = new Map<number, OtherValue>();
  const left = new Set<number>();
  const ids = new Map<number, Set<string>>();
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
  // the figures of a value written inside these sentences
  const figuresIn = (value: number, evidence: readonly Evidence[]): Figure[] =>
    figures.filter(
      (f) =>
        (f.value === value || f.valueHigh === value) &&
        f.occurrences.some((o) => evidence.some((e) => inside(o, e))),
    );
  const measure = (f: Figure) => f.unit ?? f.counts;
  for (const d of differences) {
    if (d.kind !== 'figure') continue;
    const of = disputedOf(d, figures);
    const { sides, disputed } = of;
    if (!disputed.length) continue;
    const own = new Set(d.sides.flatMap((s) => s.evidence.flatMap((e) => at(e).map((c) => c.index))));
    // values that follow each other (an update, or by days): a side's own sentence giving only an
    // earlier value is left out
    const newest = newestOf(d, overtaken);
    // an update (an article tells the change): the newest is told as it is (no "Reports differ") with
    // the first value after it where it does not give it itself
    if (newest !== null && d.update) {
      const first = firstOf(d);
      const newestMeasures = new Set(
        figuresIn(
          newest,
          d.sides.flatMap((s) => (s.value?.number === newest ? s.evidence : [])),
        ).map(measure),
      );
      // (a side's earlier value, though a newer side's sentence gives it too: "up from 41,000")
      const older = d.sides.flatMap((s) => (s.value && s.value.number !== newest ? [s.value.number] : []));
      for (const c of candidates) {
        const values = candidateValues(c);
        if (!values.has(newest)) {
          if (own.has(c.index) && [...disputed, ...older].some((v) => values.has(v))) left.add(c.index);
          continue;
        }
        const tells =
          own.has(c.index) || figuresIn(newest, [c.evidence]).some((f) => newestMeasures.has(measure(f)));
        if (first === null || first === newest || values.has(first) || !tells) continue;
        // (the sides of that value: a newer side's "revised to 47,500, up from 41,000" gave it as the past)
        const given = sides
          .filter((s, i) => s.values.has(first) && (d.sides[i]?.value?.number ?? first) === first)
          .flatMap((s) => s.evidence);
        const [figure, ...more] = figuresIn(first, given);
        if (!figure) continue;
        const occurrences = [figure, ...more].flatMap((f) => f.occurrences);
        const evidence = given.filter((e) => occurrences.some((o) => inside(o, e)));
        earlier.set(c.index, { text: figure.text, evidence, sameMeasure: true });
      }
      continue;
    }
    // values by days with no article telling a change (a follow-up, or outlets that differ a day
    // apart): the newest told as its outlets', the earlier values beside it as earlier; of outlets
    // differing, the value most give, each other value beside it as one outlet's
    // (every outlet giving a value of the measure counts, in the difference or not: the Figures table's)
    const givenBy = (v: number): string[] => {
      const measures = new Set(
        figuresIn(
          v,
          sides.flatMap((s) => s.evidence),
        ).map(measure),
      );
      return figures
        .filter((f) => f.value === v && measures.has(measure(f)))
        .flatMap((f) => f.occurrences.map((o) => outletOf(o.articleId)));
    };
    const lead = newest === null ? leadingValue(of, outletOf, givenBy) : null;
    for (const c of candidates) {
      const values = candidateValues(c);
      if (!disputed.some((v) => values.has(v)) || (newest !== null && !values.has(newest))) {
        if (own.has(c.index)) left.add(c.index);
        continue;
      }
      // one more telling: the same value of the same measure as a side's ("magnitude-5.9" beside a
      // side's "5.9-magnitude quake"), or the judge reads it telling a side's event
      const sameCount = () =>
        disputed.some((v) => {
          if (!values.has(v)) return false;
          const mine = new Set(figuresIn(v, [c.evidence]).map(measure));
          const given = sides.filter((s) => s.values.has(v)).flatMap((s) => s.evidence);
          return figuresIn(v, given).some((f) => measure(f) !== null && mine.has(measure(f)));
        });
      if (
        !own.has(c.index) &&
        !sameCount() &&
        !sides.some((s) =>
          s.evidence.some((e) => tellsLikewise(c.evidence, e) || tellsLikewise(e, c.evidence)),
        )
      )
        continue;
      if (lead && !values.has(lead.value)) {
        if ([...lead.alone].some((v) => values.has(v))) left.add(c.index);
        continue;
      }
      const others = told.get(c.index) ?? [];
      // what its own values of the difference count
      const measures = new Set(
        disputed.flatMap((v) => (values.has(v) ? figuresIn(v, [c.evidence]).map(measure) : [])),
      );
      for (const v of disputed) {
        // (of a value most give, the other figures of its own outlets' sentences are no other value)
        if (values.has(v) || (lead && !lead.alone.has(v))) continue;
        const given = sides.filter((s) => s.values.has(v)).flatMap((s) => s.evidence);
        const [figure, ...more] = figuresIn(v, given);
        // a side's none ("with no deaths reported", its listed value 0) is written by no figure
        if (!figure && v === 0 && d.sides.some((s) => s.value?.number === 0)) {
          const none = d.sides.flatMap((s) => (s.value?.number === 0 ? s.evidence : []));
          if (!others.some((o) => o.text === 'none'))
            others.push({
              text: 'none',
              evidence: none,
              sameMeasure: true,
              ...(lead ? { alone: true } : {}),
            });
          continue;
        }
        if (!figure) {
          left.add(c.index);
          continue;
        }
        const occurrences = [figure, ...more].flatMap((f) => f.occurrences);
        const evidence = given.filter((e) => occurrences.some((o) => inside(o, e)));
        if (!others.some((o) => o.text === figure.text))
          others.push({
            text: figure.text,
            evidence,
            sameMeasure: measures.has(measure(figure)),
            ...(newest !== null ? { earlier: true } : {}),
            ...(lead ? { alone: true } : {}),
          });
      }
      told.set(c.index, others);
      // its own value (the first it gives) and the sides' sentences giving it, as another article
      // writes it ("15 people" beside its "15 others")
      const mine = disputed.find((v) => values.has(v));
      if (mine !== undefined && !kept.has(c.index)) {
        const given = sides.filter((s) => s.values.has(mine)).flatMap((s) => s.evidence);
        const found = figuresIn(mine, given);
        const evidence = given.filter((e) => found.some((f) => f.occurrences.some((o) => inside(o, e))));
        const elsewhere = evidence.filter((e) => e.articleId !== c.articleId);
        const [figure] = figuresIn(mine, elsewhere.length ? elsewhere : [c.evidence]);
        if (figure) kept.set(c.index, { text: figure.text, evidence, sameMeasure: true });
      }
      ids.set(c.index, new Set([...(ids.get(c.index) ?? []), d.id]));
    }
  }
  for (const i of left) {
    told.delete(i);
    kept.delete(i);
    earlier.delete(i);
  }
  const same = (a: number, b: number) => {
    const of = ids.get(a);
    return !!of && [...(ids.get(b) ?? [])].some((id) => of.has(id));
  };
  return { told, kept, earlier, same, left };
}
