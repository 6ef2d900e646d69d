import { isAgeFigure } from '../../../text/ages.ts';
import { otherStatus } from '../../../text/count-status.ts';
import { type ClaimFigure, sameCounted, surelySameQuantity } from '../../../text/quantities.ts';
import { SUPPORT_MIN_NAME_SHARE } from '../patterns.ts';
import { twoStages } from './bargain-stages.ts';
import { apartAtBound } from './bounds.ts';
import { inRole, narrowedTo, places, population, sameCountedPhrase } from './counted.ts';
import { oneCrowd } from './crowd.ts';
import { activeVerb, directVerb, governors, subjectVerb } from './figure-words.ts';
import { sumsTo } from './inventory.ts';
import { measureOf, otherMeasure, otherTotal } from './measures.ts';
import { withinOpenBound } from './open-bounds.ts';
import { shareOf } from './percent-of.ts';
import { agree, holdsFigure } from './quantities.ts';
import { perFigure, type Reading } from './reading.ts';
import { nameShare, personMissing, sameClass, sharesPredicate, tells } from './relations.ts';
import { alone, onesAgainst, trusted } from './weighed-figures.ts';

/** Two figures that give one measure two values. */
export interface Clash {
  readonly claim: ClaimFigure;
  readonly other: ClaimFigure;
  /** Both are of one named subject ("the repair at $48 million" / "the repair bill could hit $65 million"). */
  readonly oneSubject: boolean;
  /** Both count one thing described alike ("three strong aftershocks" / "four strong aftershocks"). */
  readonly described: boolean;
  /** Both are told by the same word or one of its class ("killing 3 people" / "killing 10 people"). */
  readonly governed: boolean;
  /**
   * Other figures of the two sentences that agree, counting one named thing ("seven AK-47s" on both
   * sides): the two sentences list one inventory, of which one item differs.
   */
  readonly anchors: number;
}

/**
 * A figure of `a` that `b` gives another value for (told by the same word, surely the same quantity,
 * or the one duration of one predicate), unless `b` also gives an agreeing value for it. Figures that
 * say nothing on their own are passed over: a length counted back from the day of writing ("12 days
 * ago"), a part of another amount ("including $281 million"), a conversion in brackets ("two metres
 * (6.5 feet)") and a number that opens its sentence (the tail of a decimal a segmenter cut, "0 quake").
 */
export function clashingFigure(a: Reading, b: Reading): Clash | null {
  // one thing told by "a" or "one" ("is serving a life sentence") is a count only where the other
  // side counts that thing ("is serving three life sentences"), and then only told by one word
  // (no copy of a reading's figures where it counts no one thing against the other's)
  const ta = trusted(a);
  const tb = trusted(b);
  const oa = onesAgainst(a, tb);
  const ob = onesAgainst(b, ta);
  const fa = oa.length ? [...ta, ...oa] : ta;
  const fb = ob.length ? [...tb, ...ob] : tb;
  for (const f of fa) {
    // a rank ("the fourth head coach since …" / "the 21st head coach") must be held by a supporter,
    // but two ranks are as often of two series as two tellings of one: never a conflict
    if (f.unit === 'ordinal') continue;
    if (!fb.some((x) => x.unit === f.unit)) continue; // (only a figure of its unit is another value)
    // "up to 90%" is held within "more than 90%" by the intervals, but a strict bound leaves 90 out
    if (holdsFigure(f, b) && !oa.includes(f) && !tb.some((g) => apartAtBound(f, g))) continue;
    const gf = governorsOf(f, a);
    // (or of one measure told in other words: "12 people died" / "left 20 people dead")
    const mf = measureOf(f, a);
    const measured = (x: ClaimFigure) => mf !== null && mf === measureOf(x, b);
    const governed = (x: ClaimFigure) =>
      governorsOf(x, b).some((w) => gf.some((v) => sameClass(v, w))) || measured(x);
    const one = oa.includes(f);
    const va = role(f, a);
    // (unless either sentence tells the other's verb too: "injured two" / "five received treatment
    // after being injured")
    const otherRole = (x: ClaimFigure) => {
      const w = role(x, b);
      return (
        va !== null &&
        w !== null &&
        !sameClass(va, w) &&
        !tells(va, b) &&
        !tells(w, a) &&
        !oneCrowd(f, a, x, b)
      );
    };
    const g = fb.find((x) => {
      // a figure the claim states elsewhere ("more than 43,000 volunteers" / "43,538 volunteers") is
      // that figure's counterpart, not another value of this one; so is one the other side's bound
      // reaches ("Ten people were killed and at least 50 injured" / "killing at least three people")
      if (
        x.unit !== f.unit ||
        (agree(f, x) && !apartAtBound(f, x)) ||
        withinOpenBound(f, x) ||
        isAgeFigure(f) !== isAgeFigure(x) ||
        (isAgeFigure(f) && isAgeFigure(x)) || // (ages of one named person: ages.ts)
        fa.some((y) => agreeing(y, x) || (withinOpenBound(y, x) && y.counts === x.counts))
      )
        return false;
      // a list and its sum ("seven shotguns, two other guns" / "nine guns") count one thing alike
      if (sumsTo(f, a, x) || sumsTo(x, b, f)) return false;
      // a time in a role is a part of a longer time ("four seasons as director" / "19 seasons with
      // the club"); a distance that places a thing is of that thing ("the office … 15 miles north of
      // Detroit" / "a motorist 50 miles north of Detroit")
      if (inRole(f, a) !== inRole(x, b) || ((places(f, a) || places(x, b)) && !ofOne(f, x))) return false;
      // the people living in a place are no count of those an event hurt ("Velmora island, home to
      // 40,000 people" / "injuring six people"): only another population is another value of it
      if (population(f, a) !== population(x, b)) return false;
      // a count narrowed to a part the other side does not name ("cut 120 jobs in its paint shop" /
      // "cut 300 jobs") is of that part
      if (partOnly(f, a, b) || partOnly(x, b, a)) return false;
      // a count of another measure ("left 14 people dead" / "left 30 people injured"), or a total
      // past this one ("the toll rose to 20" / "killed 12"), is no other value of it
      if (otherMeasure(f, a, x, b) || otherTotal(f, a, x, b)) return false;
      // nor is a count of another status ("42 suspected cases" / "61 confirmed cases")
      if (otherStatus(f, a.claim.tokens, x, b.claim.tokens)) return false;
      // an offer and the deal taken ("has offered 3.5%" / "voted to accept 4.8%") are two states
      if (twoStages(f, a, x, b)) return false;
      // told by one verb of two things, each named and not of one kind ("found four people" / "found
      // him guilty of two counts"): two measures ("held 340 people" / "held 300 migrants" are one)
      if (governed(x))
        return measured(x) || f.counts === null || x.counts === null || sameCounted(f.counts, x.counts);
      if (one || ob.includes(x)) return false;
      if (otherRole(x)) return false;
      // two counts of those aboard ("212 people on board" / "240 passengers and crew aboard")
      if (aboard(f, a) && aboard(x, b) && alone(f, a) && alone(x, b)) return true;
      // two shares of one thing ("nearly 70 percent of the voters" / "three quarters of the voters"),
      // not of two people ("Brandt won 52 percent of the vote" / "Lind won 48 percent of the vote")
      const share = shareOf(f, a);
      if (
        share !== null &&
        share === shareOf(x, b) &&
        alone(f, a) &&
        alone(x, b) &&
        !personMissing(a, b) &&
        !personMissing(b, a)
      )
        return true;
      // told by two other verbs ("what followed was two hours" / "locked down for three hours"; "the
      // company lost $1.7 billion" / "will buy the company for $13.9 billion"), two measures
      const verbs = (z: ClaimFigure, r: Reading) => governorsOf(z, r).filter((w) => !w.startsWith('n:'));
      const [wa, wb] = [verbs(f, a), verbs(x, b)];
      // (two verbs of one gathering tell one crowd: "300 people rallied" / "1,000 residents packed the steps")
      const twoVerbs =
        wa.length > 0 &&
        wb.length > 0 &&
        !wa.some((v) => wb.some((w) => sameClass(v, w))) &&
        !oneCrowd(f, a, x, b);
      // a share of a named whole is no value of a percent of none that a verb tells ("71 per cent of
      // its members backed the offer" / "has offered 3.5 per cent"), nor of another whole told by
      // another verb; one verb may tell both ("won 52 percent of the vote" / "won 48 percent")
      const [sa, sb] = [shareOf(f, a), shareOf(x, b)];
      const toldOfNone = (s: string | null, w: readonly string[], t: readonly string[]) =>
        s === null && w.length > 0 && t.length === 0;
      if (sa !== sb && (twoVerbs || toldOfNone(sa, wa, wb) || toldOfNone(sb, wb, wa))) return false;
      // the same quantity, the only one of its kind on each side, of one thing or about the same subject
      if (
        surelySameQuantity(f, x) &&
        alone(f, a) &&
        alone(x, b) &&
        // (one thing described alike whatever the verbs: "three strong aftershocks were felt")
        (sameCountedPhrase(f, a, x, b) ||
          (!twoVerbs && (ofOne(f, x) || nameShare(a, b) >= SUPPORT_MIN_NAME_SHARE)))
      )
        return true;
      // the one length of time on each side, of one predicate ("hospitalized for three weeks")
      return (
        f.unit === 'days' &&
        alone(f, a) &&
        alone(x, b) &&
        sharesPredicate(a, b) &&
        sharesPredicate(b, a) &&
        !twoVerbs
      );
    });
    if (g)
      return {
        claim: f,
        other: g,
        oneSubject: ofOne(f, g) || sameCountedPhrase(f, a, g, b),
        described: sameCountedPhrase(f, a, g, b),
        governed: governed(g),
        anchors: fa.filter((x) => x !== f && x.value >= ANCHOR_MIN && fb.some((y) => agreeing(x, y))).length,
      };
  }
  return null;
}

// told by two other verbs, right before them or after what they count, two figures count in two
// roles ("wounded three" / "killed two", "30 people were killed" / "350 people were taking shelter")
const role = perFigure((x, r) => directVerb(x, r) ?? subjectVerb(x, r) ?? activeVerb(x, r));
const governorsOf: (f: ClaimFigure, r: Reading) => readonly string[] = perFigure(governors);

// Of one thing: the noun just before one figure is before the other too ("the repair at $48
// million" / "the repair bill could hit $65 million"; not "a strong earthquake a day before rose to
// 10" / "an earthquake with a magnitude of 5.6").
const ofOne = (f: ClaimFigure, g: ClaimFigure): boolean =>
  (f.context[0] !== undefined && g.context.includes(f.context[0])) ||
  (g.context[0] !== undefined && f.context.includes(g.context[0]));

// Whether a count is narrowed to a part of its subject that the other reading does not tell.
const partOnly = (f: ClaimFigure, r: Reading, other: Reading): boolean => {
  const part = narrowedTo(f, r);
  return part !== null && !other.allStems.has(part);
};

// A count of those aboard: the figure, what it counts ("passengers and crew"), then "aboard" or "on board".
function aboard(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  for (const end = k + 4; k >= 0 && k < end && /^(NOUN|ADJ|CCONJ)$/.test(tokens[k]?.pos ?? ''); ) k++;
  const w = k >= 0 ? tokens[k]?.norm : undefined;
  return w === 'aboard' || (w === 'on' && tokens[k + 1]?.norm === 'board');
}

// Two figures of one list that agree ("seven AK-47s" / "seven AK-47 assault rifles", "13 loaded
// magazines" / "13 fully loaded magazines"): what they count is the same where both say it.
const agreeing = (x: ClaimFigure, y: ClaimFigure): boolean =>
  x.unit === y.unit &&
  agree(x, y) &&
  !apartAtBound(x, y) &&
  (x.counts === null || y.counts === null || x.counts === y.counts);
// Smaller numbers (one, two) agree by chance too often to tell that two lists are one.
const ANCHOR_MIN = 3;
