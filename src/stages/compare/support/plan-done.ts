import type { Token } from '../../../model/index.ts';
import { LINKING_VERBS } from '../data/modality-cues.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import type { ClaimDate } from './dates.ts';
import type { Modality } from './modality.ts';
import {
  inRelativeClause,
  lasting,
  otherDay,
  otherOccasion,
  toldAsHabit,
  value,
  wish,
} from './plan-occasion.ts';
import { otherSubject } from './plan-subject.ts';
import { markedAhead, mayMarkAhead, pastFinite, stateNow } from './plan-tense.ts';
import { baseStem, perReading, type Reading } from './reading.ts';
import { sameClass } from './relations.ts';
import { sameDate } from './same-date.ts';

const LINKING = new Set(LINKING_VERBS);
const BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', "'s", "'re", "'m"]);
// words between a verb and the noun it takes ("held a four-hour meeting", "became the fifth NBA coach")
const NOMINAL = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'NOUN', 'PROPN']);
const word = (t: Token | undefined): string => t?.norm ?? '';

/** How one place tells the event: told ahead by a marker, done in a past finite form, or neither. */
type Told = 'ahead' | 'done' | null;

/**
 * The moods of one event told as planned on one side and as done on the other, or null. Few strict
 * conditions, each general (issue 10: the rules fitted to the dev pairs did not carry to unseen
 * ones): the first predicate of `a` that `b` tells too (the same verb or one of its class, or the
 * -ing noun a verb takes: "are due to meet" / "held a meeting") is told ahead on one side by a
 * marker right before it ("will", "would", "is to", "plans to", "is expected to", "is due to";
 * plan-tense.ts) and in a past finite form on the other ("met", "was signed", "has signed") or as
 * a state that holds now ("is available" / "will be available"), and nowhere else in the other mood; of one subject (plan-subject.ts), on no other day or occasion, not
 * a habit, a wish, a condition, a state lasting on or an aside in a relative clause.
 * @example
 * planAgainstDone(read('The ministers will meet on Friday.'), read('The ministers met on Friday.')) // ['planned', 'happened']
 */
export function planAgainstDone(a: Reading, b: Reading): readonly [Modality, Modality] | null {
  // one side must tell a verb ahead (most sentences hold no marker of it)
  if (!mayPlanAgainstDone(a, b)) return null;
  // a habit's "would" is no plan ("would wander the streets" / "routinely wandered")
  if (toldAsHabit(a.claim.tokens) || toldAsHabit(b.claim.tokens)) return null;
  for (const p of a.predicates) {
    // a wish is no event; a relative clause's is an aside on a noun, not the sentence's event
    const ra = placesOf(p, a);
    // (a predicate `a` tells nowhere as its event has nothing to weigh: the other side is not read)
    if (ra.places.length === 0 && ra.linked.length === 0) continue;
    const rb = placesOf(p, b);
    // a noun after a linking verb on both sides ("is the fifth coach" / "would become the fifth
    // coach"), not against a verb ("is the ideal host" / "will host")
    const both = ra.linked.length > 0 && rb.linked.length > 0;
    if (rb.places.length === 0 && !both) continue;
    const mine = [...ra.places, ...(both ? ra.linked : [])].filter((i) => !wish(a.claim.tokens, i));
    const theirs = [...rb.places, ...(both ? rb.linked : [])];
    if (mine.length === 0 || theirs.length === 0) continue;
    const [ours, other] = [mine.map((i) => toldAt(a, i)), theirs.map((i) => toldAt(b, i))];
    // one side tells it ahead only, the other done only; told alike somewhere, it is no plan against done
    const aheadFirst = ours.includes('ahead') && !ours.includes('done') && other.includes('done');
    const doneFirst = ours.includes('done') && !ours.includes('ahead') && other.includes('ahead');
    if (!aheadFirst && !doneFirst) {
      // told in a mood on both sides, but not one ahead and one done: no plan against what happened
      if (ours.some(Boolean) && other.some(Boolean)) return null;
      continue;
    }
    if (other.includes(aheadFirst ? 'ahead' : 'done')) return null;
    const at = (places: readonly number[], told: readonly Told[], want: Told) =>
      places[told.indexOf(want)] as number;
    const [plan, planAt, done, doneAt] = aheadFirst
      ? [a, at(mine, ours, 'ahead'), b, at(theirs, other, 'done')]
      : [b, at(theirs, other, 'ahead'), a, at(mine, ours, 'done')];
    return oneEvent(plan, planAt, done, doneAt)
      ? aheadFirst
        ? ['planned', 'happened']
        : ['happened', 'planned']
      : null;
  }
  return null;
}

/**
 * Whether both claims date their event to one day, a weekday or a calendar date ("will sign … on
 * Monday" / "signed … Monday"); not the day it was said ("said Monday"), nor a time counted from an
 * unknown day of writing ("yesterday"), nor a month or a year only.
 */
export function sameEventDay(a: Reading, b: Reading): boolean {
  return eventDays(a).some((d) => eventDays(b).some((e) => sameDate(d, e)));
}

/** The days a claim dates its event to, as `sameEventDay` reads them (a weekday or a calendar date). */
export const eventDays = (r: Reading): readonly ClaimDate[] =>
  r.dates.filter((d) => !d.reported && !d.deictic && (d.weekday || d.monthDay));

const toldAheadSomewhere = perReading((r) => mayMarkAhead(r.claim.tokens));

/** Whether planAgainstDone(a, b) may find a plan: false only where neither side tells a verb ahead. */
export const mayPlanAgainstDone = (a: Reading, b: Reading): boolean =>
  toldAheadSomewhere(a) || toldAheadSomewhere(b);

// placesOf, read once per reading and predicate (a claim is weighed against many)
const placesByPredicate = perReading(() => new Map<string, Places>());
function placesOf(p: string, r: Reading): Places {
  const known = placesByPredicate(r);
  let out = known.get(p);
  if (!out) {
    out = readPlaces(p, r);
    known.set(p, out);
  }
  return out;
}
interface Places {
  readonly places: readonly number[];
  readonly linked: readonly number[];
}

// The places of `r` that tell predicate `p` as the sentence's event: its verbs of `p`'s class, an
// adjective told of the subject after "be" ("is available"), and the verb that takes an -ing noun of
// it ("held a meeting"); not in a relative clause (an aside on a noun). Apart, `linked`: the linking
// verbs of a noun of it ("would become the fifth coach"), which count only where both sides have one.
function readPlaces(p: string, r: Reading): Places {
  const tokens = r.claim.tokens;
  const stemAt = (i: number) => baseStem(r.claim.tokenStems[i] ?? '');
  const places: number[] = [];
  const linked: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!sameClass(p, stemAt(i)) || inRelativeClause(tokens, i)) continue;
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && BE.has(word(tokens[i - 1])))) places.push(i);
    else if (t.pos === 'NOUN') {
      const k = governor(tokens, i);
      if (k < 0 || REPORTING_STEMS.has(stemAt(k))) continue;
      if (t.norm.endsWith('ing')) places.push(k);
      else if (LINKING.has(word(tokens[k]))) linked.push(k);
    }
  }
  return { places, linked };
}

// The verb that takes the noun at `i` ("followed a four-hour meeting"), past its modifiers, or -1.
function governor(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (NOMINAL.has(tokens[k]?.pos ?? '') || tokens[k]?.text === '-')) k--;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX' ? k : -1;
}

// How the place `at` of `r` tells its event (plan-tense.ts).
function toldAt(r: Reading, at: number): Told {
  const tokens = r.claim.tokens;
  if (markedAhead(tokens, at)) return 'ahead';
  return pastFinite(tokens, at) || stateNow(tokens, at) ? 'done' : null;
}

// Whether the plan and the done event are one event: of one subject, not a condition ("would need
// to win … if"), not a state lasting on ("will stay closed" / "was closed"), nor a value told ahead
// ("will cost $2.4 million": an estimate, against "put the cost at …"), not another occasion
// ("previously hosted", a year by one verb) or another day ("would be closed Tuesday" / Monday).
function oneEvent(plan: Reading, planAt: number, done: Reading, doneAt: number): boolean {
  const [p, d] = [plan.claim.tokens, done.claim.tokens];
  return !(
    conditional(p, planAt) ||
    lasting(p, planAt) ||
    value(p, planAt) ||
    lasting(d, doneAt) ||
    otherOccasion(p, planAt, d, doneAt) ||
    otherDay(p, planAt, d, doneAt) ||
    otherSubject(plan, planAt, done, doneAt)
  );
}

// Whether a "would" before the verb at `at` is a conditional's: the sentence has an "if" or "unless"
// anywhere ("would need to win four seats, or three if …").
function conditional(tokens: readonly Token[], at: number): boolean {
  const would = tokens.slice(Math.max(0, at - 3), at).some((t) => word(t) === 'would');
  return would && tokens.some((t) => word(t) === 'if' || word(t) === 'unless');
}
