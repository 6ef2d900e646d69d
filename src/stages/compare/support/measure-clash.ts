import { NUMBER_WORDS } from '../../../text/data/quantities.ts';
import { oneEventBefore } from '../../../text/nominal.ts';
import { NUMBER_RE, YEAR_RE } from '../../../text/patterns.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { CONTRADICT_MIN_COVER, GOVERNED_CONTRADICT_MIN_COVER, SUPPORT_MIN_NAME_SHARE } from '../patterns.ts';
import { figuresApart } from './apart.ts';
import { apartAtBound } from './bounds.ts';
import { keptApart } from './change-links.ts';
import { clashingFigure } from './clash.ts';
import { oneCrowd } from './crowd.ts';
import { participantShare } from './event-dates.ts';
import { onePhrasedEvent } from './event-phrases.ts';
import { figureMood } from './figure-words.ts';
import { oneMeasure } from './measures.ts';
import { unresolvedSubject } from './pronoun-subject.ts';
import { agree } from './quantities.ts';
import { perReading, type Reading } from './reading.ts';
import { nameShare, personMissing, sameMainPredicate, sharesPredicate } from './relations.ts';
import { spreadsOfOtherGroups } from './spreads.ts';
import { toldInParts } from './sum-parts.ts';
import { otherYears } from './two-years.ts';

// What figureContradiction returns for two values kept apart by a guard of apart.ts.
export const APART = 'apart';

// The numbers a sentence tells, in digits and words, past its years, "one" and the thousands a
// tokeniser spaced ("26, 000" is one number).
const numbersTold = perReading((r: Reading): readonly number[] =>
  r.claim.tokens.flatMap((t, i, tokens) => {
    if (/^\d{3}$/.test(t.text) && tokens[i - 1]?.text === ',' && /^\d+$/.test(tokens[i - 2]?.text ?? ''))
      return [];
    if (NUMBER_RE.test(t.text) && !YEAR_RE.test(t.text)) return [Number(t.text.replace(/,/g, ''))];
    const word = NUMBER_WORDS[t.norm];
    return word !== undefined && word > 1 ? [word] : [];
  }),
);

// Whether the words before two figures name one event, a verb on one side and its noun on the other.
const oneEventNamed = (f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean => {
  const first = (x: ClaimFigure, r: Reading) => r.claim.tokens.findIndex((t) => t.end > x.span.start);
  const [i, j] = [first(f, a), first(g, b)];
  return i >= 0 && j >= 0 && oneEventBefore(a.claim.tokens, i, b.claim.tokens, j);
};

// Smaller numbers (one, two) agree by chance too often to tell that two lists are one.
const ANCHOR_MIN = 3;

// Sentences with this many figures each are lists, whose items are matched by what they count.
const LIST_MIN = 3;

/** Another value for one of the claim's measures: "figure 48000000 vs 65000000", `APART` or null. */
export function figureContradiction(
  a: Reading,
  b: Reading,
  cover: number,
  about: boolean,
  anchored: () => boolean,
): string | null {
  const clash = clashingFigure(a, b);
  // who "he" is must be known on both sides
  if (!clash || unresolvedSubject(a) || unresolvedSubject(b)) return null;
  // each names a person the other does not, past who said it: two people's figures ("Brandt won 52
  // percent of the vote" / "Lind won 48 percent of the vote")
  if (personMissing(a, b) && personMissing(b, a)) return null;
  // each dated to another year, the figures are of two events ("a 12-year sentence imposed in 1997" /
  // "a five-year sentence … in 1959")
  if (otherYears(a, b)) return null;
  // nor values of another counted thing, of two days, vague sizes or bounds that both hold
  if (figuresApart(clash.claim, a, clash.other, b)) return APART;
  // a level a dissenter voted to keep against the level told otherwise ("two members voted to keep
  // rates at 4.75 per cent" / "cut its rate to 4.5%"): where the change started, no other value
  if (keptApart(clash.claim, a, clash.other, b)) return APART;
  // one count told in parts on one side ("four … and two more" / "six")
  if (toldInParts(clash.claim, a, clash.other, b)) return APART;
  // and told by one word, or of one thing named alike: two values of one measure, not two counts in
  // two roles ("400 people had sought shelter there" / "42 people were killed in the school")
  // (or one counted thing with one main predicate: "About 3,100 dockworkers walked off the job" /
  // "About 2,400 dockworkers walked off the job")
  // (or two sizes of one gathering's crowd, each by a crowd noun and verb: "About 300 people rallied"
  // / "More than 1,000 furious residents packed the steps", crowd.ts)
  const crowd = oneCrowd(clash.claim, a, clash.other, b);
  const oneCount = (clash.claim.counts !== null && clash.claim.counts === clash.other.counts) || crowd;
  // (of one subject too: one event named by a verb on one side and its noun on the other, "closing
  // the library will save £180,000" / "the closure will save £150,000", text/nominal.ts)
  const oneSubject = clash.oneSubject || oneEventNamed(clash.claim, a, clash.other, b);
  if (!clash.governed && !oneSubject && !(oneCount && (crowd || sameMainPredicate(a, b)))) return APART;
  // of one event: a name or a date told on both sides, or the thing measured named alike right
  // before both figures ("the repair at $48 million" / "the repair bill could hit $65 million")
  if (!oneSubject && clash.anchors === 0 && !anchored()) return APART;
  // what will be and what was are two events ("will miss the final two games" / "missed four
  // games"), and two guesses ("a quake can cause …") are no account of one
  const [ma, mb] = [figureMood(clash.claim, a), figureMood(clash.other, b)];
  const moods = new Set([ma, mb]);
  if ((moods.has('planned') && moods.has('happened')) || (moods.size === 1 && moods.has('hypothetical')))
    return null;
  // "could be sentenced to up to 119 years" / "was sentenced to 20 years": what happened is within
  // the most that could have
  const [hyp, done] = ma === 'hypothetical' ? [clash.claim, clash.other] : [clash.other, clash.claim];
  // (not "more than 90%" / "may be up to 90%": a strict bound leaves the most out)
  if (
    moods.has('hypothetical') &&
    moods.has('happened') &&
    hyp.high <= hyp.value &&
    done.value <= hyp.value &&
    !apartAtBound(done, hyp)
  )
    return null;
  // a contradiction is symmetric: either side's predicate told by the other will do
  // (or one event told in other words, "ran aground" / "struck rocks", of the same names)
  const aboutEither =
    about ||
    (sharesPredicate(b, a) && nameShare(b, a) >= SUPPORT_MIN_NAME_SHARE) ||
    (onePhrasedEvent(a, b) && Math.min(nameShare(a, b), nameShare(b, a)) >= SUPPORT_MIN_NAME_SHARE);
  // or told by one word of the same participants, named alike ("Pfizer … more than 90% effective" /
  // "Pfizer … up to 90% effective", where the names were taken for two entities)
  const named = Math.max(participantShare(a, b), participantShare(b, a)) >= SUPPORT_MIN_NAME_SHARE;
  if (!aboutEither && !oneSubject && !(clash.governed && named)) return null;
  // several figures on each side ("29 passes … 201 yards" / "39 passes … 302 yards") are often other
  // games or other counts: a contradiction among them needs another item of one list that agrees
  // (unless each is the only count of one measure: "ten killed and 50 hurt" / "three killed")
  const measured = oneMeasure(clash.claim, a, clash.other, b);
  if (a.claim.figures.length > 1 && b.claim.figures.length > 1 && clash.anchors === 0 && !measured)
    return null;
  // numbers a figure reading missed count too ("two catches for 25 yards", "catches" read as a verb),
  // and one of them written on both sides is the anchor ("Five bombs were dropped, of which four
  // exploded" / "Four bombs were dropped …")
  if (numbersTold(a).length > 1 && numbersTold(b).length > 1 && clash.anchors === 0 && !measured) {
    if (!numbersTold(a).some((v) => v >= ANCHOR_MIN && numbersTold(b).includes(v))) return null;
  }
  // in two longer lists, the item that differs names one counted thing on both sides ("13 fully
  // loaded magazines" is no count of "three speedboats", "106 carries" none of "52 catches")
  const [fa, fb] = [a.claim.figures.length, b.claim.figures.length];
  const [x, y] = [clash.claim, clash.other];
  if (spreadsOfOtherGroups(x, a, y, b)) return null;
  const toldAlike = (z: ClaimFigure, r: Reading) =>
    r.claim.figures.some((w) => w.unit === z.unit && agree(w, z));
  // one side's value told on the other side too, of the same counted thing: the other side's list
  // names one more ("Lind is averaging 15.5 points, Pekk 14.9 points" / "Pekk is averaging 14.9
  // points"), no other value of one measure (a figure of its own besides the one that clashes)
  const toldOfSame = (z: ClaimFigure, r: Reading, own: ClaimFigure) =>
    z.counts !== null &&
    r.claim.figures.some((w) => w !== own && w.counts === z.counts && w.unit === z.unit && agree(w, z));
  if (toldOfSame(x, b, y) || toldOfSame(y, a, x)) return null;
  if (fa >= LIST_MIN && fb >= LIST_MIN) {
    if (x.counts === null || x.counts !== y.counts) return null;
    // each value told on the other side too, of a thing named otherwise ("four touchdowns" / "four TDs")
    if (toldAlike(x, b) || toldAlike(y, a)) return null;
  }
  // in shorter lists, an item that says what it counts is no count of one that does not say it
  if (fa > 1 && fb > 1 && x.unit === null && (x.counts === null) !== (y.counts === null)) return null;
  // told by one word, or of one thing described alike, with the names shared: one measure of one event
  const close =
    (clash.governed || clash.described) &&
    Math.max(nameShare(a, b), nameShare(b, a)) >= SUPPORT_MIN_NAME_SHARE;
  const least = close ? GOVERNED_CONTRADICT_MIN_COVER : CONTRADICT_MIN_COVER;
  // a strict bound names its qualifier ("figure more than 90 vs up to 90")
  // (a share told as a fraction to two decimals: "figure 33.33 vs 60")
  const told = (f: ClaimFigure) => {
    const value = Number.isInteger(f.value) ? f.value : Number(f.value.toFixed(2));
    return apartAtBound(x, y) && f.qualifier ? `${f.qualifier} ${value}` : value;
  };
  return cover >= least ? `figure ${told(x)} vs ${told(y)}` : null;
}
