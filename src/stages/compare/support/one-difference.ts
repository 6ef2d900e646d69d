// Two tellings of an event that differ in its day and in every number both give of one unit, one of
// them opening on an event of a kind not named before ("An earthquake …"): two events of a kind ("The
// 4.2-magnitude earthquake was recorded … Sunday" / "An earthquake with a preliminary magnitude of 4.6
// was recorded … Thursday"), not one event told on two days. Of one thing both name ("The ferry ran
// aground … Monday with 212 people" / "The ferry struck rocks … Sunday with 240"), one event.
import type { ClaimFigure } from '../../../text/quantities.ts';
import type { Reading } from './reading.ts';
import { trusted } from './weighed-figures.ts';

const meet = (f: ClaimFigure, g: ClaimFigure): boolean => f.low <= g.high && g.low <= f.high;
// the figures that tell of the event: not ordinals, nor ages (of a person named beside it)
const ofEvent = (r: Reading): readonly ClaimFigure[] =>
  trusted(r).filter((f) => f.unit !== 'ordinal' && f.unit !== 'age-year');

// A sentence that opens on the indefinite article: a thing not named before ("An earthquake struck …").
const opensIndefinite = (r: Reading): boolean => /^an?$/.test(r.claim.tokens[0]?.norm ?? '');

/**
 * Whether `a` and `b` give figures of one unit and none of them agrees, one of them opening on a
 * thing not named before: the two sides differ in more than one thing, which two events of a kind do,
 * where one event told twice differs, if at all, in one.
 * @example
 * everyFigureOther(read('The 4.2-magnitude quake struck on Sunday.'), read('A 4.6-magnitude quake struck on Thursday.')) // true
 */
export function everyFigureOther(a: Reading, b: Reading): boolean {
  if (!opensIndefinite(a) && !opensIndefinite(b)) return false;
  const [fa, fb] = [ofEvent(a), ofEvent(b)];
  let paired = false;
  for (const f of fa)
    for (const g of fb) {
      if (f.unit !== g.unit) continue;
      if (meet(f, g)) return false;
      paired = true;
    }
  return paired;
}
