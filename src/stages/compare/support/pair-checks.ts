import {
  CONTRADICT_MIN_COVER,
  DATE_CONTRADICT_MIN_COVER,
  GOVERNED_CONTRADICT_MIN_COVER,
  OUTCOME_MIN_COVER,
  PLANNED_DATED_MIN_COVER,
  PLANNED_MIN_COVER,
  RELATED_MIN_COVER,
  SUPPORT_MAX_LENGTH_RATIO,
  SUPPORT_MIN_NAME_SHARE,
  SUPPORT_MIN_PARTICIPANT_SHARE,
} from '../patterns.ts';
import { oppositeTold } from './antonyms.ts';
import { hasOwnVerb, onlyRelativeClause, onlyReporting, toldLength } from './asides.ts';
import { complementUntold } from './complement.ts';
import { conditionOnlyInB } from './condition-frame.ts';
import { mayClashBelowRelated } from './contradicts.ts';
import { coverOf } from './cover.ts';
import { coverFloor, inName } from './cover-floor.ts';
import { detailMissing, listItemMissing } from './details.ts';
import { TOLD_DATE_CONTRADICT_MIN_COVER } from './event-dates.ts';
import { firstUntold } from './first-rank.ts';
import { claimInPassing, IN_PASSING_REASON } from './in-passing.ts';
import { leftOnOneSide } from './left.ts';
import { namedAsPerson } from './named-apart.ts';
import { kindMissing, onlyClaimed, onlyPart, otherGroup, personUnnamed, rankMissing } from './narrowed.ts';
import { otherOwner } from './owners.ts';
import { pieceUntold } from './pieces.ts';
import { betweenMissing, otherPlace, townUntold } from './places.ts';
import { planAgainstDone, sameEventDay } from './plan-done.ts';
import { unresolvedSubject } from './pronoun-subject.ts';
import { holdsFigure, holdsNumbersAndDates } from './quantities.ts';
import type { Reading } from './reading.ts';
import {
  moodIn,
  nameShare,
  participantShare,
  personMissing,
  predicatePolarityDiffers,
  sharesPredicate,
  tellsEveryPredicate,
  undoneOnOneSide,
} from './relations.ts';
import { fewerReporters, otherReporter, swappedReporters } from './reporters.ts';
import { selfDoneUntold, swappedRoles } from './roles.ts';
import { anotherQuotation, otherSpeaker, quotedWordsMissing, quotesSame } from './speakers.ts';
import { standIn } from './stand-in.ts';
import { supportTier } from './tier.ts';
import { timeWordUntold } from './time-words.ts';
import { titledOther } from './titled-other.ts';
import { predicateToldAhead } from './told-ahead.ts';
import type { Judgement } from './verdict.ts';
import { OWN_VOICE_REASON, ownVoiceFromQuotation } from './voice.ts';
import { widerKind } from './wider-kind.ts';

/**
 * The checks judge() makes of a pair besides its clash checks: those that open it (or find it related
 * at once), the cheap ones every support passes, and the rest of the tests of support.
 */

// Below this cover every test of judge() and contradiction() fails: the pair is related, whatever
// else it shares, and the rest of the checks are skipped (most pairs of a large story).
const SURELY_RELATED_BELOW = Math.min(
  RELATED_MIN_COVER,
  GOVERNED_CONTRADICT_MIN_COVER,
  CONTRADICT_MIN_COVER,
  OUTCOME_MIN_COVER,
  DATE_CONTRADICT_MIN_COVER,
  TOLD_DATE_CONTRADICT_MIN_COVER,
);

const asks = (r: Reading): boolean => /\?['"’”]?$/.test(r.claim.text);

/**
 * A pair past judge()'s first tests, with what its clash checks and the rest read; or its verdict
 * when one of those tests gives it.
 */
export type Opened =
  | { readonly kind: 'judged'; readonly judgement: Judgement }
  | {
      readonly kind: 'open';
      readonly cover: number;
      readonly predicate: boolean;
      readonly about: boolean;
      readonly mood: { readonly modality: Reading['modality']; readonly negated: boolean };
    };

/** The first tests of a pair: its cover, and 'related' at once for a claim that asserts nothing or shares little. */
export function opened(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): Opened {
  const cover = Math.min(coverOf(a, b, idf), 1);
  const related = (reason: string): Opened => ({
    kind: 'judged',
    judgement: { verdict: 'related', cover, reason },
  });
  // a fragment without a verb ("Minority Leader Tam Rusk (R-Ore.)"), or none but in an "as …
  // reported" aside, asserts nothing
  if (!hasOwnVerb(a)) return related('no verb');
  if (onlyRelativeClause(a)) return related('no clause of its own');
  if (cover < SURELY_RELATED_BELOW) return related('little in common');
  // under the related floor only a clash of two figures or two dates tells more than that
  if (cover < RELATED_MIN_COVER && !mayClashBelowRelated(a, b)) return related('little in common');
  const mood = moodIn(a, b);
  const predicate = sharesPredicate(a, b);
  const names = nameShare(a, b);
  const about = predicate && names >= SUPPORT_MIN_NAME_SHARE;
  return { kind: 'open', cover, predicate, about, mood };
}

/**
 * Tests of unclashed() that a support passes, each cheap (most pairs judged for support fail one):
 * the related floor, `about`, a known subject, coverFloor, the mood and the polarity.
 */
export function passesFirstTests(a: Reading, b: Reading, pair: Opened & { readonly kind: 'open' }): boolean {
  const { cover, about, mood } = pair;
  return (
    cover >= RELATED_MIN_COVER &&
    about &&
    !unresolvedSubject(a) &&
    cover + 1e-9 >= coverFloor(a, b).least &&
    a.modality === mood.modality &&
    (a.modality !== 'happened' || b.modality === 'happened') &&
    a.negated === mood.negated &&
    (!a.negatedAnywhere || b.negatedAnywhere)
  );
}

/**
 * The rest of judge() past its clash checks (a clash of a kind not proven precise is a difference
 * to check, not a contradiction: proven.ts).
 */
export function unclashed(a: Reading, b: Reading, pair: Opened & { readonly kind: 'open' }): Judgement {
  const { cover, predicate, about, mood } = pair;
  const related = (reason: string): Judgement => ({ verdict: 'related', cover, reason });
  if (cover < RELATED_MIN_COVER) return related('little in common');
  // a quotation is a claim that someone said those words: only another quotation states it (an
  // outlet's own sentence on the same topic, "aligning with the focus on root causes", does not)
  if (a.claim.quoted && !b.claim.quoted && !quotesSame(a, b))
    return related("a quotation, told in the outlet's own words");
  // the same words given to another person named as the speaker
  if (otherSpeaker(a, b)) return related('another speaker');
  if (anotherQuotation(a, b)) return related('another quotation');
  if (otherReporter(a, b)) return related('told by another source');
  if (fewerReporters(a, b)) return related('told by one of its sources only');
  if (swappedReporters(a, b)) return related('who reports and who is reported on swapped');
  // "Constable Ada Kowalczyk told a news conference.": who told it, not what
  if (a.predicates.length === 0 && onlyReporting(a)) return related('only who told it');
  // one event told as planned on one side and as done on the other, each where it tells it
  // (one day named on both sides is enough to know it is one event, whichever names each gives)
  const dated =
    cover >= PLANNED_DATED_MIN_COVER &&
    (sameEventDay(a, b) || a.claim.figures.some((f) => !f.worded && !inName(f, a) && holdsFigure(f, b)));
  const sides = (about && cover >= PLANNED_MIN_COVER) || dated ? planAgainstDone(a, b) : null;
  if (sides) return { verdict: 'planned-vs-happened', cover, reason: `${sides[0]} vs ${sides[1]}` };
  // words the claim quotes are stated only by a candidate that holds them (a plan told as done is
  // the same event whatever words each quotes)
  if (quotedWordsMissing(a, b)) return related('its quoted words missing');
  if (!about) return related(predicate ? 'other participants' : 'other predicate');
  // "He landed one punch", with nobody named and "he" not resolved: about whom is unknown
  if (unresolvedSubject(a)) return related('who is meant is not known');
  if (cover + 1e-9 < coverFloor(a, b).least) return related('partial');
  // what happened needs a candidate that tells it as happened throughout ("would become the fifth
  // coach fired" does not state "is the fifth coach fired"); a plan needs the plan where it is told
  if (a.modality !== mood.modality || (a.modality === 'happened' && b.modality !== 'happened'))
    return related(`${a.modality} vs ${a.modality === mood.modality ? b.modality : mood.modality}`);
  // a negation anywhere in the claim ("and have no further comment") must be told too
  if (a.negated !== mood.negated || (a.negatedAnywhere && !b.negatedAnywhere)) return related('polarity');
  // the claim's words told inside a condition or an open question only ("If police cleared …, …")
  if (conditionOnlyInB(a, b)) return related('told under a condition');
  // every predicate, not the first only ("Williams, who starred in …, has not died")
  if (predicatePolarityDiffers(a, b)) return related('a predicate negated on one side');
  if (predicateToldAhead(a, b)) return related('a predicate told as ahead on one side');
  // the opposite word in the claim's place ("made a profit" for "lost", "stay open" for "close")
  if (oppositeTold(a, b)) return related('an opposite word');
  if (!holdsNumbersAndDates(a, b)) return related('missing number or date');
  if (timeWordUntold(a, b)) return related('its time word untold');
  if (!tellsEveryPredicate(a, b)) return related('not every predicate');
  if (undoneOnOneSide(a, b)) return related('undone on one side');
  if (leftOnOneSide(a, b)) return related('left on one side');
  if (swappedRoles(a, b)) return related('other roles');
  // a quotation's speaker is checked as a quotation's (its same words), not as a participant
  if (!a.claim.quoted && participantShare(a, b) + 1e-9 < SUPPORT_MIN_PARTICIPANT_SHARE)
    return related('a participant missing');
  if (!a.claim.quoted && personMissing(a, b)) return related('a person missing');
  if (otherPlace(a, b)) return related('another place');
  if (standIn(a, b)) return related('another name in its place');
  if (otherOwner(a, b)) return related('another owner');
  if (titledOther(a, b)) return related('its title told of another person');
  if (namedAsPerson(a, b)) return related("a place told only as a person's name");
  if (townUntold(a, b)) return related('a town untold');
  if (betweenMissing(a, b)) return related('one of two names joined by "and" missing');
  // a detail of the predicate ("shot in the head") or an item of a list the claim gives, untold
  if (detailMissing(a, b)) return related('a detail of the predicate missing');
  if (listItemMissing(a, b)) return related('an item of a list missing');
  // the thing its verb is done to or the manner it is told in, untold ("would run as normal")
  if (complementUntold(a, b)) return related('its complement untold');
  if (pieceUntold(a, b)) return related('a piece of the claim untold');
  // the claim's thing narrowed to a kind ("a guilty plea"), its group told as another or as a part
  const kind = kindMissing(a, b);
  if (kind !== null) return related(`"${kind}" untold`);
  const wider = widerKind(a, b);
  if (wider !== null) return related(`a wider measure ("or ${wider}")`);
  if (otherGroup(a, b)) return related('another group in its place');
  if (onlyPart(a, b)) return related('only a part of the group');
  if (personUnnamed(a, b)) return related('only "someone" for the person');
  if (rankMissing(a, b)) return related('a rank untold');
  if (firstUntold(a, b)) return related('"first" untold');
  if (selfDoneUntold(a, b)) return related('done to itself untold');
  if (onlyClaimed(a, b)) return related('only claimed');
  // a question asserts nothing ("Why did the council close the pier?")
  if (asks(a) !== asks(b)) return related('a question');
  // a candidate three times as long (up to a closing attribution: `toldLength`) tells much else: the
  // claim's words in it may be another assertion's
  if (toldLength(b) >= SUPPORT_MAX_LENGTH_RATIO * a.claim.tokens.length) return related('tells much else');
  // the outlet's own assertion against a source's quoted words only: the judge abstains (voice.ts)
  if (ownVoiceFromQuotation(a, b)) return related(OWN_VOICE_REASON);
  // a candidate mostly about other things that holds the claim only in part: it abstains (in-passing.ts)
  if (claimInPassing(a, b)) return related(IN_PASSING_REASON);
  return { verdict: 'supports', cover, reason: 'states it', tier: supportTier(a, b) };
}
