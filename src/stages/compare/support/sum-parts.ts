import { NUMBER_WORDS } from '../../../text/data/quantities.ts';
import { NUMBER_RE, YEAR_RE } from '../../../text/patterns.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { FURTHER_WORDS } from '../data/running.ts';
import type { Reading } from './reading.ts';

// Words after a figure that make it one more of the same count ("two more", "three others").
const MORE_AFTER = new Set(['more', 'others', 'additional']);

// The counts a sentence writes (in digits or words, past years), each with whether it is told as
// added to another ("two more", "three others", "another two", "an additional 20").
function countsOf(r: Reading): readonly { readonly value: number; readonly added: boolean }[] {
  const tokens = r.claim.tokens;
  return tokens.flatMap((t, i) => {
    const value =
      NUMBER_RE.test(t.text) && !YEAR_RE.test(t.text)
        ? Number(t.text.replace(/,/g, ''))
        : NUMBER_WORDS[t.norm];
    if (value === undefined || !Number.isFinite(value)) return [];
    const before = tokens[i - 1]?.norm ?? '';
    const added = FURTHER_WORDS[before] === true || MORE_AFTER.has(tokens[i + 1]?.norm ?? '');
    return [{ value, added }];
  });
}

// Whether `r` tells `total` (a count of reading `t`) in two parts, one added to the other ("four … and
// two more" of six). Not where `t` tells the first part too, beside its count ("killed one worker and
// injured 14 others" / "one worker died and 15 people were injured"): its count is of the others.
function inParts(r: Reading, total: ClaimFigure, t: Reading): boolean {
  if (total.unit !== null) return false;
  const counts = countsOf(r);
  const told = new Set(countsOf(t).map((c) => c.value));
  return counts.some(
    (p) => p.added && counts.some((q) => q !== p && q.value + p.value === total.value && !told.has(q.value)),
  );
}

/**
 * Whether one side tells the other's figure as a sum in parts ("Four people were hurt and two more
 * were taken to hospital" / "Six people were hurt"): one count told two ways, no other value (unless
 * the side of the sum tells the first part too: "killed one and injured 14 others" / "one died and 15
 * were injured" are two values of the injured).
 * @example
 * toldInParts(four, read('Four people were hurt and two more were taken to hospital.'), six, read('Six people were hurt.')) // true
 */
export function toldInParts(f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean {
  return inParts(a, g, b) || inParts(b, f, a);
}
