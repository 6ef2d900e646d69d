import type { Token } from '../../model/index.ts';
import { fold, stem } from '../../text/normalise.ts';
import { type ClaimFigure, sameCounted, sameUnit, valuesAgree } from '../../text/quantities.ts';
import { DAY_PARTS } from '../extract/data/function-words.ts';
import { NAMELESS_COUNTED } from './data/measure-labels.ts';
import { governors } from './support/figure-words.ts';
import type { Reading } from './support/index.ts';
import { perReading } from './support/reading.ts';
import { sameDate } from './support/same-date.ts';

// A figure that says what it counts ("340 people"), not a bare number or a rank.
const counted = (f: ClaimFigure): boolean => f.counts !== null && f.unit !== 'ordinal';
// a reading's counted figures, read once per sentence, not per pair asked (shared: never changed)
const countedOf = perReading((r: Reading): readonly ClaimFigure[] => r.claim.figures.filter(counted));

/**
 * Whether `b` gives the count `a` tells of what happened, whatever else it tells around it: a figure
 * of `a` that says what it counts, at a value one of `b`'s agrees with, counting the same kind of thing
 * in the same unit and time frame ("340 people" / "about 340 migrants": `sameCounted`), and every one
 * of `a`'s predicates (at least one) told in `b` in the same mood and polarity. So "Marta Olsen said
 * 340 people were detained on Monday" is told by "…, a day after about 340 migrants crossed the river
 * and were detained", inside another speaker's report and beside a plan ("guards would go"). A count
 * and predicate told of another incident are no telling: where both give a day of the event, or a part
 * of the day, one must be the same, and no place one names after "in", "at" or "near" may be a place
 * the other names otherwise ("near Ostry station" / "at the Brell market": `sameIncident`). For
 * omissions only, where a fact wrongly listed is a false line. The rate is not compared: the figure
 * reader takes "a day after" for a rate ("340 a day"), and a count told at another rate is still that
 * count told.
 */
export function toldSameCount(a: Reading, b: Reading): boolean {
  const mine = countedOf(a);
  if (!mine.length || !b.claim.figures.length) return false;
  const held = mine.some((fa) =>
    countedOf(b).some(
      (fb) =>
        sameUnit(fa, fb) &&
        sameCounted(fa.counts as string, fb.counts as string) &&
        !(fa.frame && fb.frame && fa.frame !== fb.frame) &&
        valuesAgree(fa, fb),
    ),
  );
  if (!held || !a.predicates.length || !sameIncident(a, b)) return false;
  return a.predicates.every((p) => {
    const told = a.moods.get(p);
    const there = b.moods.get(p);
    return !!told && !!there && told.modality === there.modality && told.negated === there.negated;
  });
}

// what names nobody in particular ("15 others", "15 people"): a count of anyone the verb tells of
const NAMELESS = new Set(NAMELESS_COUNTED.map(stem));

/**
 * Whether `b` gives one of `a`'s counts, told by the same verb, of the same incident, whatever else
 * `a` tells around it: "Fifteen people were injured in total" gives the count of "A worker has died
 * and 15 people were injured in Tuesday's fire" (not its death), and so does "injured 15 others"
 * (a nameless count is of anyone the verb tells of). A count in part: shown as told in other words,
 * never as stating the fact.
 */
export function toldSameFigure(a: Reading, b: Reading): boolean {
  const theirs = countedOf(b);
  return (
    theirs.length > 0 &&
    sameIncident(a, b) &&
    countedOf(a).some((fa) => {
      const verbs = governors(fa, a).filter((w) => !w.startsWith('n:'));
      return theirs.some(
        (fb) =>
          sameUnit(fa, fb) &&
          (sameCounted(fa.counts as string, fb.counts as string) ||
            NAMELESS.has(fa.counts as string) ||
            NAMELESS.has(fb.counts as string)) &&
          valuesAgree(fa, fb) &&
          verbs.some((v) => governors(fb, b).includes(v)),
      );
    })
  );
}

// The day of the event: its dates but those of the telling ("said on Tuesday").
const eventDates = perReading((r: Reading) => r.dates.filter((d) => !d.reported));

// The names of the places a clause puts its event at: the proper nouns of the phrase after "in", "at"
// or "near", past its determiners and adjectives ("at the Brell market" → brell), folded.
const placeNames = perReading((r: Reading): readonly string[][] => {
  const tokens = r.claim.tokens;
  const out: string[][] = [];
  tokens.forEach((t, i) => {
    if (!PLACE_WORDS.has(t.norm)) return;
    const names: string[] = [];
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const u = tokens[k] as Token;
      if (u.pos === 'PROPN') names.push(fold(u.text).toLowerCase());
      else if (!/^(DET|ADJ|NOUN)$/.test(u.pos)) break;
    }
    if (names.length) out.push(names);
  });
  return out;
});
const PLACE_WORDS = new Set(['in', 'at', 'near']);

// A reading's parts of the day ("evening") and its words folded, each read once per sentence.
const dayParts = perReading(
  (r: Reading): ReadonlySet<string> =>
    new Set(r.claim.tokens.map((t) => t.norm).filter((w) => DAY_PARTS.has(w))),
);
const foldedWords = perReading(
  (r: Reading): ReadonlySet<string> => new Set(r.claim.tokens.map((t) => fold(t.text).toLowerCase())),
);

/**
 * Whether `b` may tell `a`'s incident: where both give a day of the event, one is the same; where both
 * name a part of the day ("evening"), one is the same; and `a` names a place none of whose names `b`
 * has while `b` names one none of whose names `a` has, not both.
 */
export function sameIncident(a: Reading, b: Reading): boolean {
  const [da, db] = [eventDates(a), eventDates(b)];
  if (da.length && db.length && !da.some((x) => db.some((y) => sameDate(x, y)))) return false;
  const [pa, pb] = [dayParts(a), dayParts(b)];
  if (pa.size && pb.size && ![...pa].some((p) => pb.has(p))) return false;
  const [wa, wb] = [foldedWords(a), foldedWords(b)];
  const elsewhere = (places: readonly string[][], other: ReadonlySet<string>) =>
    places.some((p) => !p.some((w) => other.has(w)));
  return !(elsewhere(placeNames(a), wb) && elsewhere(placeNames(b), wa));
}
