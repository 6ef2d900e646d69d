// One event told twice on one day by two outlets in other words ("Thousands of protesters marched
// through central Veldport on Saturday …" / "Activists from across the country marched through
// Veldport on Saturday …"): where the judge reads neither as stating the other (each holds a detail
// the other does not), the same main predicate, day and names tell them one.
import type { Evidence } from '../../model/index.ts';
import type { Reading } from '../compare/support/index.ts';
import { nameShare, sameMainPredicate } from '../compare/support/relations.ts';
import { sameDate } from '../compare/support/same-date.ts';
import type { Candidate } from './candidates.ts';

// The values of the figures a reading gives, in order.
const valuesOf = (r: Reading): string =>
  r.claim.figures
    .map((f) => f.value)
    .sort((x, y) => x - y)
    .join(' ');

// Whether a reading tells its main predicate as done and not negated ("resigned on Thursday, saying he
// would not hold on to his post": the "not" is another predicate's).
const toldDone = (r: Reading): boolean => {
  const mood = r.moods.get(r.predicates[0] ?? '');
  return !!mood && mood.modality === 'happened' && !mood.negated;
};

/**
 * Whether two candidates of different sources tell one event on one day: both tell their main predicate
 * as happened and not negated, by the same main predicate or one of its class, on a day both write (one weekday or
 * date), the names of one all named by the other, and no other figures (where both give some, the
 * same values: "arrested 12" and "arrested 40" are two facts).
 * @example
 * sameDayEvent(judged.read)(marchedA, marchedB) // true
 */
export function sameDayEvent(
  read: (e: Evidence) => Reading | null,
): (a: Pick<Candidate, 'source' | 'evidence'>, b: Pick<Candidate, 'source' | 'evidence'>) => boolean {
  return (a, b) => {
    if (a.source === b.source) return false;
    const [x, y] = [read(a.evidence), read(b.evidence)];
    if (!x || !y || !sameMainPredicate(x, y) || !toldDone(x) || !toldDone(y)) return false;
    if (!x.dates.some((d) => y.dates.some((e) => sameDate(d, e)))) return false;
    if (nameShare(x, y) < 1 && nameShare(y, x) < 1) return false;
    const [p, q] = [valuesOf(x), valuesOf(y)];
    return p === q || p === '' || q === '';
  };
}
