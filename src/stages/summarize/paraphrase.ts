import { stem } from '../../text/normalise.ts';
import { type ClaimFigure, sameQuantity } from '../../text/quantities.ts';
import type { Reading } from '../compare/support/index.ts';
import { inName } from '../compare/support/judge.ts';
import { unresolvedSubject } from '../compare/support/pronoun-subject.ts';
import { holdsFigure, inDimensions } from '../compare/support/quantities.ts';
import {
  isDateWord,
  moodIn,
  participantShare,
  personMissing,
  tellsEveryPredicate,
} from '../compare/support/relations.ts';
import { differentDay } from '../compare/support/same-date.ts';
import { namesAlike } from './aliases.ts';
import { sharedClockTimes } from './clock-times.ts';
import { namedOutsideFrame, reportFrame } from './frame.ts';
import { tellsEvent, toldAsNoun } from './nominal.ts';
import { PARAPHRASE_MIN_COVER, PARAPHRASE_MIN_FIGURES, PARAPHRASE_NEARLY_ALL } from './patterns.ts';
import { countingFigures, countsAlike } from './same-figure.ts';

// Whether `b` holds term `t` of `a`: as a term, or as any word of it, a name's words told in lower
// case too ("the northern ferry lane" / "the NFL (Northern Ferry Lane)"), a name's spelling as a plain word's, and a verb as the noun of its
// event or the other way round ("withdrawn" / "withdrawal").
function holdsTerm(t: string, a: Reading, b: Reading): boolean {
  if (b.claim.terms.has(t) || b.allStems.has(t) || toldAsNoun(t, a, b)) return true;
  if (!t.startsWith('n:')) return false;
  const word = t.slice(2);
  return b.nameWords.has(word) || b.allStems.has(stem(word));
}

// A term that names a day or a month: checked as a date (differentDay), not as a word.
const isDateTerm = (t: string): boolean => t.startsWith('n:') && isDateWord(t.slice(2));

/**
 * The share of `a`'s IDF-weighted terms `b` holds in any of its words (`holdsTerm`), its weekday and
 * month names aside; with `namesHeld` (`b` names them all, one spelled a letter apart: `namesAlike`)
 * its names too.
 */
function wordCover(a: Reading, b: Reading, idf: ReadonlyMap<string, number>, namesHeld = false): number {
  const frame = reportFrame(a).stems;
  let all = 0;
  let held = 0;
  for (const [t, weight] of a.claim.terms) {
    if (isDateTerm(t) || frame.has(t)) continue;
    const w = (idf.get(t) ?? 0) * weight;
    all += w;
    if (holdsTerm(t, a, b) || (namesHeld && (t.startsWith('n:') || t.startsWith('e:')))) held += w;
  }
  return all > 0 ? held / all : 0;
}

/**
 * Whether `b` tells the fact `a` tells, in its own words, as far as Parallax can tell: in the same mood
 * and polarity, on no other day, and either
 * - several counts of `a` (PARAPHRASE_MIN_FIGURES, in digits, not ages) or times of day to the
 *   minute (`sharedClockTimes`) told alike in `b`, none of its figures given another value ("seized
 *   14 crates, 31 drums and 923 bottles" / "the crew of the patrol boat have confiscated 14 crates,
 *   31 drums and 923 bottles"):
 *   who did it may be named otherwise ("the cutter Halvik Star" / "the patrol boat"), or
 * - every figure of `a` in some written form (a rank `b` gives none of may be left out), one of its
 *   predicates or one of its class (data/predicates.ts), as a verb or as the noun of its event
 *   (`tellsEvent`: "has been withdrawn" / "announced his withdrawal"), its participants (not who
 *   reports it; names in any case or spelled a letter apart, weekdays and months aside, no person
 *   missing, a subject pronoun resolved) and at least `least` (PARAPHRASE_MIN_COVER) of its
 *   IDF-weighted terms, a name's words counting as words ("through the northern ferry lane
 *   at 9: 25 hours on Thursday when officers onboard saw a group of five boats" / "through the NFL
 *   (Northern Ferry Lane) when, at about 9: 25 in the morning of 10th Nov, she saw a group of five
 *   unlit boats"); or, by another verb, with the same participants, one of them and a noun of `a`
 *   told in `b`, at least `nearlyAll` (PARAPHRASE_NEARLY_ALL) of its terms and no verb of `b` telling
 *   an event `a` does not ("said Brill suffered a setback in practice last week" / "“With Tomas, last
 *   week during practice he had a setback,” … said").
 * For the single-source points only (elsewhere.ts), where a point wrongly kept tells the reader that
 * one outlet alone reports what others tell: never for ✓ marks or citations.
 * @example
 * toldInOtherWords(read(a), read(b), idf) // a, b: either pair above, in one story
 */
export function toldInOtherWords(
  a: Reading,
  b: Reading,
  idf: ReadonlyMap<string, number>,
  least = PARAPHRASE_MIN_COVER,
  nearlyAll = PARAPHRASE_NEARLY_ALL,
): boolean {
  const mood = moodIn(a, b);
  if (mood.negated !== a.negated || a.negated !== b.negated) return false;
  if (a.modality === 'happened' && (b.modality !== 'happened' || mood.modality !== 'happened')) return false;
  if (a.dates.some((d) => b.dates.some((e) => differentDay(d, e)))) return false;
  const figures = a.claim.figures.filter((f) => !inDimensions(f, a) && !inName(f, a));
  const held = (f: ClaimFigure) => holdsFigure(f, b, a);
  // several counts told alike (not ages: whose they are tells no event), and no figure of `a` given
  // another value (one `b` has nothing of is a detail untold: "chased him for 30 miles … at speeds up
  // to 120 mph … after about 15 minutes" / "a 30-mile pursuit that … reached speeds of 120 mph")
  const told = countingFigures(a).filter(
    (f) => !f.worded && !f.unit?.startsWith('age') && b.claim.figures.some((g) => countsAlike(f, g)),
  );
  // a time of day to the minute told alike is as telling as a count ("logged the surge at 17:06 hours
  // local time (13:36 GMT)" / "hit the quay at 5:06 pm (1336 GMT)")
  if (
    told.length + sharedClockTimes(a, b) >= PARAPHRASE_MIN_FIGURES &&
    figures.every((f) => held(f) || !b.claim.figures.some((g) => sameQuantity(f, g)))
  )
    return true;
  // a rank `b` leaves out is a detail untold ("with the second smaller boat in tow" / "was towing a
  // smaller skiff"); another rank is another fact
  const ranks = b.claim.figures.some((g) => g.unit === 'ordinal');
  if (!figures.every((f) => held(f) || (f.unit === 'ordinal' && !ranks))) return false;
  // a state ("He is still the franchise's leader in assists") or a "he" nobody is named for is too
  // little to know it is the same fact by its words
  if (unresolvedSubject(a)) return false;
  const event = tellsEvent(a, b);
  // by another verb, no verb of `b` tells an event `a` does not ("suffered a setback in practice" /
  // "during practice he had a setback"; not "is out as head coach" / "arrives … as head coach")
  if (!event && !tellsEveryPredicate(b, a)) return false;
  // a name spelled a letter apart is held, its terms too; so are the names of who reports it when
  // every other is named (its report frame's)
  const named = participantShare(a, b) === 1 && !personMissing(a, b);
  const framed = !named && namedOutsideFrame(a, b);
  const alike = !named && !framed && namesAlike(a, b) && !personMissing(a, b);
  if (!named && !framed && !alike) return false;
  if (event) return wordCover(a, b, idf, alike || framed) >= least;
  // another verb: one of its participants and a noun of it told there, and nearly all its words
  return sharesParticipant(a, b) && sharesNoun(a, b) && wordCover(a, b, idf, alike || framed) >= nearlyAll;
}

// Whether `b` names one of `a`'s participants (an entity or a proper noun's word).
const sharesParticipant = (a: Reading, b: Reading): boolean =>
  a.names.some(
    (k) =>
      b.claim.terms.has(k) || (k.startsWith('n:') && !isDateWord(k.slice(2)) && b.nameWords.has(k.slice(2))),
  );

// Whether `b` holds a common noun of `a` that is a term of it (not a name, not its predicate).
const sharesNoun = (a: Reading, b: Reading): boolean =>
  a.claim.tokens.some((t, k) => {
    const s = a.claim.tokenStems[k] as string;
    return t.pos === 'NOUN' && a.claim.terms.has(s) && !a.predicates.includes(s) && b.allStems.has(s);
  });
