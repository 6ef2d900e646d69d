// One change of one measure found twice under two names: "offer (percent)" of "the company's 4
// percent offer" / "raised its pay offer to 6 percent", and "drivers (percent)" (or a bare "figure")
// of "had offered a 4 percent pay rise" / "offered drivers a 6 percent pay rise". A reader would see
// the same 4% → 6% twice, once as an update and once as outlets differing: it is one difference,
// whose sides are both's.
import type { Conflict } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import { evidenceKey } from './evidence-key.ts';
import { sameFamily } from './support/measures.ts';

type Difference = Omit<Conflict, 'id'>;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];
// The stems of what a difference names, without its unit ("offer (percent)" → offer); none for a bare figure.
const namedStems = (d: Difference): string[] =>
  d.about === 'figure' ? [] : wordsOf(d.about.replace(/\([^)]*\)/g, '')).map(stem);
// A side's value as a key; a difference's values as a set of keys.
const valueKey = (s: Difference['sides'][number]) => `${s.value?.number} ${s.value?.unit ?? ''}`;
const valuesOf = (d: Difference) => new Set(d.sides.map(valueKey));
const sideKey = (s: Difference['sides'][number]) => s.evidence.map(evidenceKey).join(' ');

// Whether a figure difference has a value read on every side, two values at least.
const valued = (d: Difference) =>
  d.kind === 'figure' && d.sides.every((s) => s.value) && valuesOf(d).size >= 2;

// Whether every side's sentence of `d` tells what `e` names, by its word or one of its measure's
// family ("offered" for "offer"; "toll" for "killed").
function tellsNamed(e: Difference, d: Difference): boolean {
  const named = new Set(namedStems(e));
  if (!named.size) return false;
  return d.sides.every((s) => sameFamily(wordsOf(s.claim), named));
}

/**
 * The differences with each figure difference whose values another has too (the same set, two at
 * least, in one unit) and whose every side tells what that other names ("offered" for "offer") joined
 * into that other: its sides added (each value's measure named as the other's), itself
 * left out. Others as they are.
 */
export function joinSameChanges<T extends Difference>(differences: readonly T[]): T[] {
  const out = [...differences];
  const gone = new Set<number>();
  differences.forEach((d, i) => {
    if (!valued(d)) return;
    const values = valuesOf(d);
    const k = differences.findIndex(
      (e, j) =>
        j !== i &&
        !gone.has(j) &&
        valued(e) &&
        valuesOf(e).size === values.size &&
        [...values].every((v) => valuesOf(e).has(v)) &&
        tellsNamed(e, d),
    );
    if (k < 0) return;
    gone.add(i);
    const into = out[k] as T;
    const held = new Set(into.sides.map(sideKey));
    const measure = into.sides[0]?.value?.measure ?? into.about;
    const added = d.sides
      .filter((s) => !held.has(sideKey(s)))
      .map((s) => (s.value ? { ...s, value: { ...s.value, measure } } : s));
    out[k] = { ...into, sides: [...into.sides, ...added] };
  });
  return out.filter((_, i) => !gone.has(i));
}
