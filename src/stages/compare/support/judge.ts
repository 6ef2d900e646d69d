import type { ClaimFigure } from '../../../text/quantities.ts';
import {
  ANCHORED_MIN_COVER,
  BUSY_CONTRADICT_MIN_COVER,
  CONTRADICT_MIN_COVER,
  DATE_CONTRADICT_MIN_COVER,
  OUTCOME_MIN_COVER,
  PLANNED_MIN_COVER,
  RELATED_MIN_COVER,
  SUPPORT_MIN_COVER,
  SUPPORT_MIN_NAME_SHARE,
} from '../patterns.ts';
import { type ClaimDate, differentDay } from './dates.ts';
import { clashingFigure, holdsFigure, holdsNumbersAndDates } from './quantities.ts';
import type { Reading } from './reading.ts';
import {
  coverOf,
  moodIn,
  nameShare,
  sameMainPredicate,
  sharesPredicate,
  tellsEveryPredicate,
  undoneOnOneSide,
} from './relations.ts';

export { holdsNumbersAndDates } from './quantities.ts';
export { coverOf } from './relations.ts';

/** How a candidate sentence stands to a claim. */
export type Verdict = 'supports' | 'contradicts' | 'related' | 'planned-vs-happened';

/** The evidence of a verdict: how much of the claim the candidate covers and what was checked. */
export interface Judgement {
  readonly verdict: Verdict;
  /** Share of the claim's IDF-weighted terms found in the candidate. */
  readonly cover: number;
  /** Why (for `--explain` and tests): "figure 48000000 USD vs 65000000 USD", "date", "missing number" … */
  readonly reason: string;
}

// A claim whose subject is a personal pronoun nothing resolved, naming nobody else.
// The subject is the word before the first verb (past adverbs): "In the sixth, he landed one punch".
function unresolvedSubject(r: Reading): boolean {
  if (r.claim.subject || r.names.length > 0) return false;
  const tokens = r.claim.tokens;
  const first = tokens.find((t) => t.pos !== 'CCONJ');
  if (PERSONAL.test(first?.norm ?? '')) return true;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let k = verb - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  return k >= 0 && PERSON.test(tokens[k]?.norm ?? '');
}
const PERSONAL = /^(he|she|they|it)$/;
// past an opening phrase, "it" is as often the weather or a reported source ("Additionally, it said")
const PERSON = /^(he|she|they)$/;

// A number written inside a word of a name ("the 76ers", "G7"): it anchors nothing.
function inName(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.end > f.span.start);
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!t || t.start > f.span.start || f.unit !== null) return false;
  return /\p{L}/u.test(t.text) || (next !== undefined && next.start === t.end && /^\p{L}/u.test(next.text));
}

// The day-dates of a reading (weekdays, month and day, resolved words).
const days = (r: Reading) =>
  r.dates.filter((d) => !d.reported && (d.monthDay !== null || d.weekday !== null));

/**
 * Judge whether candidate `b` supports claim `a`. Supports: `b` covers most of `a`'s weighted terms,
 * tells its predicate about most of its names, holds every number and date of `a`, in the same
 * mood and polarity. Contradicts: about the same thing, `b` gives another value for one of `a`'s
 * quantities, another day for its event, the opposite outcome, or the negation. Planned vs
 * happened: as support, but one says it will happen and the other that it did. Anything else is
 * related (including unrelated).
 * @example
 * judge(read('Talks ended on Tuesday.'), read('The talks ended on Tuesday.'), idf).verdict // 'supports'
 */
export function judge(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): Judgement {
  const cover = Math.min(coverOf(a, b, idf), 1);
  const mood = moodIn(a, b);
  const related = (reason: string): Judgement => ({ verdict: 'related', cover, reason });
  if (cover < RELATED_MIN_COVER) return related('little in common');
  // a fragment without a verb ("Minority Leader Kevin McCarthy (R-Calif.)") asserts nothing
  if (!a.claim.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return related('no verb');
  const predicate = sharesPredicate(a, b);
  const names = nameShare(a, b);
  const about = predicate && names >= SUPPORT_MIN_NAME_SHARE;
  // several figures on each side ("29 passes … 201 yards" / "39 passes … 302 yards") are often other
  // games or other counts: a contradiction among them needs a closer wording
  const busy = a.claim.figures.length > 1 && b.claim.figures.length > 1;
  const clash = clashingFigure(a, b);
  // a contradiction is symmetric: either side's predicate told by the other will do
  const aboutEither = about || (sharesPredicate(b, a) && nameShare(b, a) >= SUPPORT_MIN_NAME_SHARE);
  // who "he" is must be known on both sides
  const known = !unresolvedSubject(a) && !unresolvedSubject(b);
  if (
    clash &&
    known &&
    (aboutEither || clash.oneSubject) &&
    cover >= (busy ? BUSY_CONTRADICT_MIN_COVER : CONTRADICT_MIN_COVER)
  )
    return { verdict: 'contradicts', cover, reason: `figure ${clash.claim.value} vs ${clash.other.value}` };
  // another day for one event: one day each, the same main predicate, the same mood
  const [da, db] = [days(a), days(b)];
  if (
    about &&
    cover >= DATE_CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    sameMainPredicate(a, b) &&
    da.length === 1 &&
    db.length === 1 &&
    differentDay(da[0] as ClaimDate, db[0] as ClaimDate)
  )
    return { verdict: 'contradicts', cover, reason: 'another day' };
  if (a.claim.outcome !== 0 && b.claim.outcome === -a.claim.outcome && cover >= OUTCOME_MIN_COVER)
    return { verdict: 'contradicts', cover, reason: 'opposite outcome' };
  // the negation: one side negates the predicate and the other has no negation at all
  if (
    about &&
    cover >= DATE_CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    sameMainPredicate(a, b) &&
    ((a.negated && !b.negatedAnywhere) || (b.negated && !a.negatedAnywhere))
  )
    return { verdict: 'contradicts', cover, reason: 'negation' };
  // a quotation is a claim that someone said those words: only another quotation states it (an
  // outlet's own sentence on the same topic, "aligning with the focus on root causes", does not)
  if (a.claim.quoted && !b.claim.quoted) return related("a quotation, told in the outlet's own words");
  const planned = (m: string) => m === 'planned';
  if (
    about &&
    cover >= PLANNED_MIN_COVER &&
    planned(a.modality) !== planned(mood.modality) &&
    a.modality !== 'hypothetical' &&
    mood.modality !== 'hypothetical'
  )
    return { verdict: 'planned-vs-happened', cover, reason: `${a.modality} vs ${mood.modality}` };
  if (!about) return related(predicate ? 'other participants' : 'other predicate');
  // "He landed one punch", with nobody named and "he" not resolved: about whom is unknown
  if (unresolvedSubject(a)) return related('who is meant is not known');
  // a number written in digits or a length, held by the candidate, anchors a looser wording
  const anchored =
    a.claim.figures.some((f) => (!f.worded && !inName(f, a)) || f.unit === 'days') &&
    a.claim.figures.every((f) => holdsFigure(f, b));
  if (cover + 1e-9 < (anchored ? ANCHORED_MIN_COVER : SUPPORT_MIN_COVER)) return related('partial');
  // what happened needs a candidate that tells it as happened throughout ("would become the fifth
  // coach fired" does not state "is the fifth coach fired"); a plan needs the plan where it is told
  if (a.modality !== mood.modality || (a.modality === 'happened' && b.modality !== 'happened'))
    return related(`${a.modality} vs ${a.modality === mood.modality ? b.modality : mood.modality}`);
  // a negation anywhere in the claim ("and have no further comment") must be told too
  if (a.negated !== mood.negated || (a.negatedAnywhere && !b.negatedAnywhere)) return related('polarity');
  if (!holdsNumbersAndDates(a, b)) return related('missing number or date');
  if (!tellsEveryPredicate(a, b)) return related('not every predicate');
  if (undoneOnOneSide(a, b)) return related('undone on one side');
  return { verdict: 'supports', cover, reason: 'states it' };
}
