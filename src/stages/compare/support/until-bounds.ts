import type { Token } from '../../../model/index.ts';
import { YEAR_RE } from '../../../text/patterns.ts';
import { namedIn } from './named-in.ts';
import type { Reading } from './reading.ts';

// Words that end a state at a time ("closed until 2028", "shut till 2027").
const UNTIL = new Set(['until', 'till', 'til', 'untill']);
// How far after "until" its year may stand ("until 2028", "until early 2028", "until March 2028").
const REACH = 3;

// Whether what `r`'s state is of, before its "until", is told in `other`: "the east wing … until 2027"
// / "the west wing … until 2028", "the tunnel" / "the bridge", "closed to trucks" / "closed to cars"
// are two states, not two ends of one.
const ofOneThing = (r: Reading, other: Reading): boolean =>
  namedIn(
    r,
    other,
    r.claim.tokens.findIndex((t) => UNTIL.has(t.norm)),
  );

// The years a reading's sentence gives as the end of a state ("until 2028"), and all its years.
function yearsOf(tokens: readonly Token[]): {
  readonly bounds: readonly number[];
  readonly all: readonly number[];
} {
  const bounds: number[] = [];
  const all: number[] = [];
  tokens.forEach((t, i) => {
    if (!YEAR_RE.test(t.text)) return;
    all.push(Number(t.text));
    for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
      if ((tokens[k] as Token).text === ',') break;
      if (UNTIL.has((tokens[k] as Token).norm)) {
        bounds.push(Number(t.text));
        break;
      }
    }
  });
  return { bounds, all };
}

/**
 * Whether both readings end one state at another year ("will stay closed until 2028" / "… until
 * 2027"): each gives one year after "until" and no year the other gives, and what the state is of,
 * before its "until", is told on both sides (not "the east wing" / "the west wing"). Both bounds are then values
 * of one measure, the end of the state (a bound against the year of an event, "Before 2011, …" / "a
 * sentence imposed in 2011", is two times, two-years.ts). The caller asks for one predicate of one
 * subject in one mood.
 * @example
 * otherEnd(read('The tunnel will stay closed until 2028.'), read('The tunnel will stay closed until 2027.')) // true
 */
export function otherEnd(a: Reading, b: Reading): boolean {
  const [ya, yb] = [yearsOf(a.claim.tokens), yearsOf(b.claim.tokens)];
  if (ya.bounds.length !== 1 || yb.bounds.length !== 1) return false;
  return !ya.all.some((y) => yb.all.includes(y)) && ofOneThing(a, b) && ofOneThing(b, a);
}
