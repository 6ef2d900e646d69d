import type { Token } from '../../../model/index.ts';
import { otherStatus } from '../../../text/count-status.ts';
import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { ANOTHER_SET_WORDS, IRREGULAR_PLURALS, THINGLESS_NOUNS, WINDOW_WORDS } from '../data/thing-nouns.ts';
import { otherHours, otherTimes } from './apart.ts';
import { twoStages } from './bargain-stages.ts';
import { keptApart } from './change-links.ts';
import { clauseVerb, governors, tokenAt } from './figure-words.ts';
import { otherMeasure, otherTotal } from './measures.ts';
import { namedApart, ofApart, otherSets, sharesMore } from './other-sets.ts';
import { otherPercentMeasures } from './percent-of.ts';
import { agree } from './quantities.ts';
import { baseStem, perReading, type Reading } from './reading.ts';
import { personMissing, sameClass } from './relations.ts';
import { titledThingsApart } from './titled-things.ts';
import { cued, partOnly, told } from './told-alike.ts';
import { otherYears, yearOnOneSide } from './two-years.ts';

const THINGLESS = new Set(THINGLESS_NOUNS.map(stem));
const ANOTHER_SET = new Set(ANOTHER_SET_WORDS);

// A word that sets the sentence's things apart from others ("seven other workers"; read once per reading).
const anotherSet = perReading((r: Reading): boolean => r.claim.tokens.some((t) => ANOTHER_SET.has(t.norm)));

// Two counts told by verbs of two classes ("killing two co-workers" / "shot three co-workers"): two
// measures. So are two lengths of time: a length is of what its verb tells ("the repair of the wall
// was delayed for two years" / "the water came up over the wall in less than an hour"). An amount
// is told by its thing's noun ("the repair"), whatever its verb.
function otherVerbs(f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean {
  if (f.unit !== null && f.unit !== 'days') return false;
  const verbs = (z: ClaimFigure, r: Reading) => {
    const told = governors(z, r).filter((w) => !w.startsWith('n:'));
    return (told.length > 0 || z.unit === null ? told : clauseVerb(z, r)).map(baseStem);
  };
  const [va, vb] = [verbs(f, a), verbs(x, b)];
  return (
    va.length > 0 && vb.length > 0 && !va.some((p) => vb.some((q) => sameClass(p, q) || sameClass(q, p)))
  );
}

// The names of the phrase that does a figure's verb: back from the verb nearest before the figure in
// its clause, past its auxiliaries, to the phrase's determiner ("The Indian navy has captured 23" →
// indian; "told the Beacon the repair bill could hit $65 million" → none), or null.
function doerNames(f: ClaimFigure, r: Reading): string[] | null {
  const tokens = r.claim.tokens;
  let k = tokenAt(f, r) - 1;
  for (; k >= 0 && tokens[k]?.pos !== 'VERB'; k--)
    if (tokens[k]?.pos === 'PUNCT' && tokens[k]?.text !== '-') return null;
  for (k--; k >= 0 && /^(AUX|ADV|PART)$/.test(tokens[k]?.pos ?? ''); k--);
  const names: string[] = [];
  for (; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PROPN') names.push(t.norm);
    else if (t.pos === 'DET' || !/^(NOUN|ADJ)$/.test(t.pos)) break;
  }
  return names.length > 0 ? names : null;
}

// Two named doers, each with a name the other sentence lacks ("The Indian navy has captured 23" /
// "the British Royal Navy had captured eight"): two events.
function otherDoers(f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean {
  const [sa, sb] = [doerNames(f, a), doerNames(x, b)];
  const lacks = (names: string[], r: Reading) => names.some((w) => !r.claim.tokens.some((t) => t.norm === w));
  return sa !== null && sb !== null && lacks(sa, b) && lacks(sb, a);
}

const PLURAL_IRREGULAR = new Set(IRREGULAR_PLURALS);
const WINDOW = new Set(WINDOW_WORDS);

// A length of time counted from the time of telling ("in the last three years", "within a few days").
const windowOfTime = (f: ClaimFigure, r: Reading): boolean =>
  f.unit === 'days' && WINDOW.has(r.claim.tokens[tokenAt(f, r) - 1]?.norm ?? '');

// Not a count of things: a number before a noun in the singular ("a magnitude 6 quake", "0 quake"
// left by a cut decimal), or the whole of a ratio ("one in every 500 users").
function notACount(f: ClaimFigure, r: Reading): boolean {
  if (f.unit !== null) return false;
  const tokens = r.claim.tokens;
  const at = tokenAt(f, r);
  const before = tokens[at - 1]?.norm;
  if (before === 'every' || (before === 'in' && tokens[at - 2]?.pos === 'NUM')) return true;
  // the last noun of the words right after it ("two speed boats" → boats)
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  let noun: Token | undefined;
  for (; k >= 0 && /^(NOUN|ADJ)$/.test(tokens[k]?.pos ?? ''); k++)
    if (tokens[k]?.pos === 'NOUN') noun = tokens[k];
  if (f.value === 1 || !noun) return false;
  return !/[^s]s$/.test(noun.norm) && !PLURAL_IRREGULAR.has(noun.norm);
}

// The nouns that name what a figure is of: what it counts ("439 children" → child), or, for an amount
// or a length, the nouns before it ("estimated the repair at $48 million" → repair); never a word
// that names no one thing ("the cost", "12 people").
function thingsOf(f: ClaimFigure): string[] {
  const nouns = f.unit === null ? [f.counts] : [f.counts, ...f.context];
  return nouns.filter((w): w is string => w !== null && !THINGLESS.has(w));
}

// One mood, or an estimate against what the figure could reach ("estimated the repair at $48
// million" / "the repair bill could hit $65 million"); never a plan against what was done.
const moodsMeet = (a: Reading, b: Reading): boolean =>
  a.modality === b.modality || (a.modality !== 'planned' && b.modality !== 'planned');

/**
 * One measure of one named thing told with two values (issue 10): the claim's figure and the other's,
 * or null. Both of one unit, rate and time frame, each the only figure of its unit in its sentence,
 * of the same thing by its noun ("439 children" / "401 children"; "estimated the repair at $48
 * million" / "the repair bill could hit $65 million"; not "the cost" or "12 people" alone), neither a
 * part, a total past the other, another measure, nor told with a detail the other lacks; a count told
 * by verbs of one class, of no two named subjects; no word of an update, bound, part or another set on
 * either side ("rose", "so far", "at least", "including", "other", "also"), no negation, no
 * two other times, hours of the day or years, no year named on one side only, no two named things of one title
 * ("INS Mysore" / "INS Sukanya") nor of one noun told by two "of" phrases ("the renovation of the library" /
 * "… of the museum"), no person named on one side only, no plan against a deed; values that
 * do not agree (two plain ones once they differ, others whose intervals do not overlap). Not an age (ages.ts), nor two sets of one noun
 * (other-sets.ts: another owner's, one narrowed by a name, a count that classes names, two named
 * things of one kind, or for a count, sentences that share nothing but the counted noun).
 */
export function oneThing(a: Reading, b: Reading): readonly [ClaimFigure, ClaimFigure] | null {
  if (a.claim.figures.length === 0 || b.claim.figures.length === 0) return null;
  if (anotherSet(a) || anotherSet(b)) return null;
  if (!moodsMeet(a, b) || a.negatedAnywhere || b.negatedAnywhere || cued(a) || cued(b)) return null;
  if (otherTimes(a, b) || otherHours(a, b) || otherYears(a, b) || yearOnOneSide(a, b)) return null;
  if (personMissing(a, b) || personMissing(b, a) || titledThingsApart(a, b)) return null;
  for (const f of a.claim.figures) {
    // (an age is another kind's, ages.ts; a window of time is no length of the thing)
    if (
      f.unit === 'ordinal' ||
      f.unit?.startsWith('age-') ||
      !told(f, a) ||
      notACount(f, a) ||
      windowOfTime(f, a) ||
      partOnly(f, a, b)
    )
      continue;
    const things = thingsOf(f);
    if (things.length === 0) continue;
    const x = b.claim.figures.find(
      (y) =>
        y.unit === f.unit &&
        y.rate === f.rate &&
        y.frame === f.frame &&
        // (two plain values are two once they differ: "92 millimetres" / "90 millimetres")
        ((f.qualifier === null && y.qualifier === null) || f.high < y.low || y.high < f.low) &&
        !agree(f, y) &&
        told(y, b) &&
        !notACount(y, b) &&
        !windowOfTime(y, b) &&
        !partOnly(y, b, a) &&
        thingsOf(y).some((w) => things.includes(w)) &&
        !otherMeasure(f, a, y, b) &&
        !otherStatus(f, a.claim.tokens, y, b.claim.tokens) &&
        !otherPercentMeasures(f, a, y, b) &&
        !otherTotal(f, a, y, b) &&
        !otherVerbs(f, a, y, b) &&
        !twoStages(f, a, y, b) &&
        !keptApart(f, a, y, b) &&
        !otherDoers(f, a, y, b) &&
        !otherSets(f, a, y, b) &&
        !namedApart(things, a, b) &&
        !ofApart(things, a, b) &&
        (f.unit !== null || sharesMore(a, b, [...things, ...thingsOf(y)])),
    );
    if (x) return [f, x];
  }
  return null;
}
