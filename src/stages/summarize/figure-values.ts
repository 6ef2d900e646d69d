// The values a figure difference is about, and the one most outlets give where each other value is
// one outlet's alone.
import type { Conflict, Evidence, Figure } from '../../model/index.ts';
import { evidenceWithin } from '../../text/evidence.ts';

const inside = evidenceWithin;

/**
 * The values of the figures written inside any of these sentences (a range's both bounds).
 * @example
 * valuesIn(figures, [sentence]) // Set { 6, 280 }
 */
export function valuesIn(figures: readonly Figure[], evidence: readonly Evidence[]): Set<number> {
  const out = new Set<number>();
  for (const f of figures)
    if (f.occurrences.some((o) => evidence.some((e) => inside(o, e)))) {
      out.add(f.value);
      if (f.valueHigh !== null) out.add(f.valueHigh);
    }
  return out;
}

/** A figure difference's sides with the values each gives, and the values in question. */
export interface DisputedOf {
  readonly sides: readonly { readonly evidence: readonly Evidence[]; readonly values: Set<number> }[];
  /** The values some side's sentences give and another's do not. */
  readonly disputed: readonly number[];
}

/**
 * A figure difference's sides with the values each gives, and the values not every side gives (those
 * every side gives are no matter of the difference). A side whose value is a none written by no figure
 * ("with no deaths reported", listed 0 against "Three people have died") gives that none alone: the
 * other figures of its sentence are no value of the difference (the 42 infected are no deaths).
 * @example
 * disputedOf(toll, figures).disputed // [6, 16]
 */
export function disputedOf(d: Conflict, figures: readonly Figure[]): DisputedOf {
  const sides = d.sides.map((s) => {
    const values = valuesIn(figures, s.evidence);
    return { evidence: s.evidence, values: s.value?.number === 0 && !values.has(0) ? new Set([0]) : values };
  });
  const all = new Set(sides.flatMap((s) => [...s.values]));
  return { sides, disputed: [...all].filter((v) => sides.some((s) => !s.values.has(v))) };
}

/** The value of a difference most outlets give, and the values each given by one other outlet alone. */
export interface LeadingValue {
  readonly value: number;
  /** The other values, each one outlet's that does not give `value` (its sentences' other figures are none). */
  readonly alone: ReadonlySet<number>;
}

/**
 * The value of a figure difference that most of the outlets giving a value of it give, where every
 * other value is one outlet's alone (four outlets give six dead, one gives sixteen): the summary tells
 * it, with the other values as one outlet's. A value only outlets giving it write is no other value
 * (another figure of their sentences, "hundreds of homes"). `givenBy` names the outlets that give a
 * value elsewhere in the story (its Figures table's), which count too: an outlet is "one outlet" only
 * where no other gives its value. Null where two outlets or more give another
 * value, or the outlets giving it are not more than the others (`outletOf`: an article's outlet, a
 * syndicated copy its original's).
 * @example
 * leadingValue(disputedOf(toll, figures), (id) => outletKeys.get(id) ?? id) // { value: 6, alone: Set { 16 } }
 */
export function leadingValue(
  of: DisputedOf,
  outletOf: (articleId: string) => string,
  givenBy: (value: number) => readonly string[] = () => [],
): LeadingValue | null {
  const outlets = new Map<number, Set<string>>();
  for (const v of of.disputed)
    outlets.set(
      v,
      new Set([
        ...of.sides.flatMap((s) => (s.values.has(v) ? s.evidence.map((e) => outletOf(e.articleId)) : [])),
        ...givenBy(v),
      ]),
    );
  const [lead] = [...outlets].sort((a, b) => b[1].size - a[1].size);
  if (!lead || lead[1].size < 2) return null;
  const rivals = [...outlets].filter(([, o]) => [...o].some((k) => !lead[1].has(k)));
  if (!rivals.length || rivals.some(([, o]) => o.size !== 1)) return null;
  const others = new Set(rivals.flatMap(([, o]) => [...o]));
  return others.size < lead[1].size ? { value: lead[0], alone: new Set(rivals.map(([v]) => v)) } : null;
}
