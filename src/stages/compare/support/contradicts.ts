import { stem } from '../../../text/normalise.ts';
import { MOVE_VERBS } from '../../timeline/data/moves.ts';
import {
  CONTRADICT_MIN_COVER,
  DATE_CONTRADICT_MIN_COVER,
  GOVERNED_CONTRADICT_MIN_COVER,
  OUTCOME_MIN_COVER,
  SUPPORT_MIN_COVER,
  SUPPORT_MIN_NAME_SHARE,
} from '../patterns.ts';
import { ageClash } from './ages.ts';
import { anotherOfKind } from './another.ts';
import { figuresApart, sharedAnchor, sharedCount } from './apart.ts';
import { onceAgainstDated } from './at-once.ts';
import { cutDecimalClash } from './cut-decimals.ts';
import { otherDatedSubjects } from './dated-subjects.ts';
import { dateContradiction, oneDateDiffers, participantShare } from './event-dates.ts';
import { inventoryClash } from './inventory.ts';
import { APART, figureContradiction } from './measure-clash.ts';
import { negatedWord } from './negated-words.ts';
import { noneAgainstSome } from './none-counts.ts';
import { everyFigureOther } from './one-difference.ts';
import { oneThing } from './one-thing.ts';
import { oppositeWords } from './opposites.ts';
import { placeContradiction, twoPlaces } from './place-clash.ts';
import { rangeClash } from './ranges.ts';
import type { Reading } from './reading.ts';
import { personMissing, sameMainPredicate } from './relations.ts';
import { oneQuotation, otherSpeaker } from './speakers.ts';
import { spreadsOfOtherGroups } from './spreads.ts';
import { tallyClash } from './tallies.ts';
import { toldAlike } from './told-alike.ts';
import { otherYears, yearOnOneSide } from './two-years.ts';
import { otherEnd } from './until-bounds.ts';
import type { ClashKind, Judgement } from './verdict.ts';
import { shareFigureUnit } from './weighed-figures.ts';

/**
 * Whether contradiction() may find a clash at a cover under RELATED_MIN_COVER: each of its checks
 * that runs there pairs two figures of one unit (one predicate told with two values, one thing,
 * another value of one measure or its 'apart' answer, one item of one inventory), or two dates of
 * one kind that differ, each side telling one, both told as done and neither negated (another day or
 * year).
 */
export const mayClashBelowRelated = (a: Reading, b: Reading): boolean =>
  shareFigureUnit(a, b) ||
  (a.modality === 'happened' &&
    b.modality === 'happened' &&
    !a.negatedAnywhere &&
    !b.negatedAnywhere &&
    oneDateDiffers(a, b));

// A reading with a verb that moves a dated event ("postponed", "pushed back", "rescheduled").
const tellsMove = (r: Reading): boolean =>
  r.claim.tokens.some((t) => t.pos === 'VERB' && (MOVE_VERBS.has(stem(t.text)) || MOVE_VERBS.has(t.norm)));

// A reading with no negation at all: none of its words, and its predicate not denied ("denied that …").
const unnegated = (r: Reading): boolean => !r.negated && !r.negatedAnywhere;

/**
 * Whether `b` contradicts claim `a`, and why: about the same thing, `b` gives another value for one
 * of `a`'s measures, another day for its event, the opposite outcome, or the negation. `cover` is
 * the share of `a`'s weighted terms `b` has; `about` whether `b` tells `a`'s predicate of its names.
 */
export function contradiction(a: Reading, b: Reading, cover: number, about: boolean): Judgement | null {
  const against = (reason: string, kind: ClashKind): Judgement => ({
    verdict: 'contradicts',
    cover,
    reason,
    kind,
  });
  // two values of one measure need one event: a name or a date told on both sides (asked only when
  // a check gets that far: most pairs never do)
  let shared: boolean | undefined;
  const anchored = (): boolean => (shared ??= sharedAnchor(a, b));
  // "another UN school" against "a UN school": two events
  if (anotherOfKind(a, b)) return null;
  // each clause naming a place the other does not ("a paint plant in Vellby" / "a paint plant in
  // Dunmere"): two events of a kind, whose counts are no one measure told otherwise (place-clash.ts)
  let placed: boolean | undefined;
  const onePlace = (): boolean => {
    placed ??= twoPlaces(a, b);
    return !placed;
  };
  // the one fact told with two values: the same verb of the same named subject, in one voice and
  // mood, with no word of an update, bound or part on either side (told-alike.ts)
  const alike =
    cover >= GOVERNED_CONTRADICT_MIN_COVER && !otherYears(a, b) && !yearOnOneSide(a, b) && onePlace()
      ? toldAlike(a, b)
      : null;
  if (alike) return against(`figure ${alike[0].value} vs ${alike[1].value}`, 'one predicate');
  // one measure of one named thing told with two values (one-thing.ts)
  const thing = cover >= GOVERNED_CONTRADICT_MIN_COVER && onePlace() ? oneThing(a, b) : null;
  if (thing) return against(`figure ${thing[0].value} vs ${thing[1].value}`, 'one thing');
  const figure = figureContradiction(a, b, cover, about, anchored);
  if (figure && figure !== APART && onePlace()) return against(figure, 'measure');
  // one clash of figures in any of their forms: one item of one inventory, one end of one range
  const item =
    (cover >= GOVERNED_CONTRADICT_MIN_COVER ? inventoryClash(a, b) : null) ??
    (cover >= CONTRADICT_MIN_COVER ? rangeClash(a, b) : null);
  if (
    item &&
    (anchored() || sharedCount(a, b)) &&
    onePlace() &&
    !spreadsOfOtherGroups(item.claim, a, item.other, b) &&
    !figuresApart(item.claim, a, item.other, b)
  )
    return against(`figure ${item.claim.value} vs ${item.other.value}`, 'list item');
  // two decimals a segmenter cut, whose tails differ, told of one event ("1-magnitude quake struck
  // Eastbank" / "9-magnitude quake struck Eastbank"; not "… struck" / "… is on the large size")
  const tails =
    about && cover >= CONTRADICT_MIN_COVER && a.modality === b.modality ? cutDecimalClash(a, b) : null;
  if (tails) return against(`figure .${tails[0]} vs .${tails[1]}`, 'decimal');
  // two tallies of one vote or game ("voted 7-2" / "approved the plan 6-3")
  const tally =
    cover >= CONTRADICT_MIN_COVER && a.modality === b.modality && onePlace() ? tallyClash(a, b) : null;
  if (tally) return against(`figure ${tally[0]} vs ${tally[1]}`, 'tally');
  // none of a measure against a count of it ("No one was hurt in the fire" / "The fire hurt three people")
  const none =
    cover >= CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    Math.max(participantShare(a, b), participantShare(b, a)) >= SUPPORT_MIN_NAME_SHARE &&
    !otherYears(a, b) &&
    onePlace()
      ? noneAgainstSome(a, b)
      : null;
  if (none) return against(none, 'none');
  // another age of one person ("Ole Brandt, 54," / "Ole Brandt, 57,"), told of one time
  const age =
    cover >= CONTRADICT_MIN_COVER && a.modality === b.modality && !otherYears(a, b) ? ageClash(a, b) : null;
  if (age) return against(age, 'age');
  // (of two people, each named on one side only: "Jackson was arrested Tuesday" / "Williams was
  // arrested Sunday"; of two things: "The hiker was found on Friday" / "Her car was found on Thursday")
  // (a negation may deny the day: "It's not Patch Tuesday, but …"; a plan's day may move, so two
  // days of one plan are two tellings only where neither side tells a move: "will vote on Tuesday" /
  // "will vote on Thursday", not "was postponed to Thursday" — a difference to check, never a ✗)
  // (each side must tell a date: asked before the persons, as most pairs tell none; and two days with
  // every number of one unit other are two events of a kind: one-difference.ts)
  const dated =
    (a.modality === 'happened' || (a.modality === 'planned' && !tellsMove(a) && !tellsMove(b))) &&
    !a.negatedAnywhere &&
    !b.negatedAnywhere &&
    a.dates.length > 0 &&
    b.dates.length > 0 &&
    !(personMissing(a, b) && personMissing(b, a)) &&
    !otherDatedSubjects(a, b) &&
    !everyFigureOther(a, b);
  const told = dated ? dateContradiction(a, b, cover, about) : null;
  // (of a plan, a day only: a year or month it is bound by is another clash, "until 2028" / "until 2027")
  const date = a.modality === 'planned' && told !== 'another day' ? null : told;
  if (date)
    return against(date, date === 'another year' ? 'year' : date === 'another month' ? 'month' : 'day');
  // a plan told "at once" against one for a day named ("will close immediately" / "will close on
  // March 1, 2027"): another time (of what happened, "at once" is after something else: "resigned
  // immediately after the vote" / "resigned on Tuesday")
  if (
    about &&
    cover >= CONTRADICT_MIN_COVER &&
    a.modality === 'planned' &&
    b.modality === 'planned' &&
    !a.negatedAnywhere &&
    !b.negatedAnywhere &&
    onceAgainstDated(a, b)
  )
    return against('another time', 'day');
  // one state ended at two years ("will stay closed until 2028" / "… until 2027"): the end is the value
  if (
    about &&
    cover >= CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    !a.negatedAnywhere &&
    !b.negatedAnywhere &&
    sameMainPredicate(a, b) &&
    otherEnd(a, b)
  )
    return against('another time', 'year');
  if (placeContradiction(a, b, cover, about)) return against('another place', 'place');
  // the same words quoted from another person, each side naming its speaker (one quotation: not two
  // statements of one thing by two people)
  if (
    a.claim.quoted &&
    b.claim.quoted &&
    cover >= SUPPORT_MIN_COVER &&
    otherSpeaker(a, b) &&
    oneQuotation(a, b)
  )
    return against('another speaker', 'speaker');
  if (a.claim.outcome !== 0 && b.claim.outcome === -a.claim.outcome && cover >= OUTCOME_MIN_COVER)
    return against('opposite outcome', 'outcome');
  // opposite words of one subject in one mood ("the council rejected the plan" / "approved the plan")
  if (
    cover >= CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    !a.negatedAnywhere &&
    !b.negatedAnywhere &&
    Math.max(participantShare(a, b), participantShare(b, a)) >= SUPPORT_MIN_NAME_SHARE &&
    oppositeWords(a, b)
  )
    return against('opposite words', 'opposite words');
  // one word said of the subject, negated on one side ("found him not guilty" / "found him guilty")
  if (
    about &&
    cover >= DATE_CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    sameMainPredicate(a, b) &&
    negatedWord(a, b)
  )
    return against('negation', 'negation');
  // the negation: one side negates the predicate and the other has no negation at all, of one event
  // ("The area has not been hit by a quake in 25 years" / "The island was hit …": two places); a
  // denial negates without a negation word ("denied that it had cut corners"), so it counts as one
  if (
    about &&
    cover >= DATE_CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    sameMainPredicate(a, b) &&
    ((a.negated && unnegated(b)) || (b.negated && unnegated(a))) &&
    anchored()
  )
    return against('negation', 'negation');
  // another value not surely of the same measure: no contradiction, and no support either
  return figure === APART
    ? { verdict: 'related', cover, reason: 'another value, not surely of one measure' }
    : null;
}
