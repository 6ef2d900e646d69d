import type { Token } from '../../../model/index.ts';
import { modelNameAt } from '../../../text/model-number.ts';
import { fold, stem } from '../../../text/normalise.ts';
import { gluedMeasure } from '../../../text/number-points.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import type { Claim } from '../claims.ts';
import { NEGATION_MARKERS, PLAN_WORDS, WEIGHING_VERBS } from '../data/modality-cues.ts';
import { IRREGULAR_VERBS, LIGHT_VERBS, STATE_PARTICLES } from '../data/predicates.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { type ClaimDate, claimDates, type DeicticBase } from './dates.ts';
import { type Modality, modalityOf, moodBefore } from './modality.ts';
import { isPredicateStem, mannerWithout, nameAsVerb, notOnly, spacedNot, yetTo } from './predicate-words.ts';
import { datesSaying } from './said-when.ts';

/** A claim read for support checking: what it asserts, about whom, with which numbers and dates, in which mood. */
export interface Reading {
  readonly claim: Claim;
  /** Stems of its predicate verbs (not auxiliaries, not reporting verbs). */
  readonly predicates: readonly string[];
  /** Every stem of the clause, for finding a predicate told as a noun ("met" / "the meeting"). */
  readonly allStems: ReadonlySet<string>;
  /** Name keys (`e:` entity ids and `n:` proper nouns) it mentions. */
  readonly names: readonly string[];
  /** The words of its proper names, folded ("cummings", "sukanya"). */
  readonly nameWords: ReadonlySet<string>;
  readonly modality: Modality;
  readonly negated: boolean;
  /** The mood of each predicate where it first stands ("spoke Tuesday and are scheduled to speak again"), and its token index. */
  readonly moods: ReadonlyMap<
    string,
    { readonly modality: Modality; readonly negated: boolean; readonly at: number }
  >;
  /** Whether any negation word ("not", "no", "never" …) is in the clause at all. */
  readonly negatedAnywhere: boolean;
  readonly dates: readonly ClaimDate[];
  /** The day its sentence was written (its article's stated day, ISO), or null when unknown. */
  readonly written: string | null;
  /** What `perReading` functions worked out of it, one slot each (shared: never change it). */
  readonly kept: unknown[];
}

// marker words are plain ASCII: the token's lower-cased form is enough (no accent folding)
const word = (t: Token | undefined): string => t?.norm ?? '';
const LIGHT = new Set(LIGHT_VERBS.map(stem));
// an irregular form's stem → its base's ("died" → "die"), so that it tells its predicate class
const BASE = new Map(Object.entries(IRREGULAR_VERBS).map(([form, base]) => [stem(form), stem(base)]));
const base = (s: string): string => BASE.get(s) ?? s;

/** A stem's base form's stem: an irregular form's is its base's ("died" → "die"), else the stem itself. */
export const baseStem = base;
const NEGATION = new Set(NEGATION_MARKERS);
const STATE = new Set(STATE_PARTICLES);
const WEIGHING = new Set(WEIGHING_VERBS);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/**
 * Read a claim for support checking: predicate verbs, names, modality and negation, and its dates
 * resolved against the publication date of its article (`publishedAt`, ISO, or null; a quoted
 * "tonight" against the day it was said, `quotedBase`).
 */
export function readClaim(claim: Claim, publishedAt: string | null, quotedBase?: DeicticBase): Reading {
  const tokens = claim.tokens;
  const mood = modalityOf(tokens);
  // each token's stem (the claim's) and its base form, read by position below
  const stems = claim.tokenStems;
  const bases: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bases[i] = base(stems[i] as string);
  const reported = (i: number) =>
    (i >= 1 && i - 1 < tokens.length && REPORTING_STEMS.has(stems[i - 1] as string)) ||
    (i >= 2 && i - 2 < tokens.length && REPORTING_STEMS.has(stems[i - 2] as string)) ||
    datesSaying(tokens, stems, i);
  const verbs: string[] = [];
  const moods = new Map<string, { modality: Modality; negated: boolean; at: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const s = bases[i] as string;
    const before = verbs.length;
    // "have no further comment", "held talks": after a light verb the noun is the predicate (the
    // first noun or verb of the next three words)
    let named = -1;
    if (LIGHT.has(s) && (t.pos === 'VERB' || t.pos === 'AUX'))
      for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
        const pos = (tokens[k] as Token).pos;
        if (pos === 'NOUN' || pos === 'VERB') {
          named = k;
          break;
        }
      }
    if (named >= 0) verbs.push(bases[named] as string);
    else if (isPredicateStem(t, stems[i] as string) && !nameAsVerb(tokens, i)) verbs.push(s);
    // "are preparing for a quick inquiry": a plan word with a thing after "for", no verb, is itself
    // what is said of the subject
    else if (planForThing(tokens, i)) verbs.push(s);
    // "the law is “ridiculous”": an adjective after a form of "be" is what is said of the subject
    else if (
      t.pos === 'ADJ' &&
      (BE.has(word(tokens[i - 1])) || (tokens[i - 1]?.pos === 'PUNCT' && BE.has(word(tokens[i - 2])))) &&
      !possessed(tokens, i)
    )
      verbs.push(s);
    // "is out as head coach", "the strike is over": the particle is what is said of the subject
    else if (
      STATE.has(t.norm) &&
      BE.has(word(tokens[i - 1])) &&
      word(tokens[i + 1]) !== 'of' &&
      tokens[i + 1]?.pos !== 'NUM'
    )
      verbs.push(s);
    // "was on probation", "is the chief executive": with no verb before it, the noun after a form
    // of "be" is what is said of the subject, the last of a run of nouns ("is in police custody")
    else if (t.pos === 'NOUN' && verbs.length === 0 && afterBe(tokens, i)) {
      let head = i;
      while (tokens[head + 1]?.pos === 'NOUN') head++;
      verbs.push(bases[head] as string);
    }
    // (each step adds at most one predicate)
    const added = verbs[before];
    if (added !== undefined && !moods.has(added)) moods.set(added, { ...moodBefore(tokens, i), at: i });
    // "is considering closing", "voted against closing" (the -ing form often tagged a noun): its
    // mood, for a claim that tells it as a verb
    if (added === undefined && t.norm.endsWith('ing') && weighed(tokens, i) && !moods.has(s))
      moods.set(s, { ...moodBefore(tokens, i), at: i });
  }
  const predicates = [...new Set(verbs)].filter(
    (s) =>
      s.length >= 2 &&
      !['be', 'have', 'do', 'get'].includes(s) &&
      !/^(is|are|was|were|been|has|had|does|did)$/.test(s),
  );
  return {
    claim,
    predicates,
    allStems: new Set(claim.stems.map(base)),
    names: [...claim.terms.keys()].filter((k) => k.startsWith('e:') || k.startsWith('n:')),
    modality: mood.modality,
    negated:
      mood.negated ||
      tokens.some(
        (t, i) =>
          word(t) === 'no' && tokens[i + 1]?.pos === 'NOUN' && i <= mood.predicate + 2 && i >= mood.predicate,
      ),
    negatedAnywhere: tokens.some(
      (t, i) =>
        (NEGATION.has(word(t)) && !notOnly(tokens, i) && !mannerWithout(tokens, i)) ||
        spacedNot(tokens, i) ||
        yetTo(tokens, i),
    ),
    moods,
    // "AK-47" and "AK 47" name one thing: one word ("ak-47"); "magnitude-5.9" (tagged a proper noun)
    // is a measure's value, no name
    nameWords: new Set(
      tokens.flatMap((t, i) =>
        t.pos === 'PROPN' && /\p{L}{2}/u.test(t.text) && !gluedMeasure(tokens, i)
          ? [modelNameAt(tokens, i) ?? fold(t.text)]
          : [],
      ),
    ),
    dates: claimDates(tokens, publishedAt, mood.modality, reported, quotedBase),
    written: publishedAt,
    kept: [],
  };
}

// Whether the adjective at i follows a possessive "'s" and goes with a noun after it ("Kestrel's new
// platform", "the company's long-standing features"): no "is", so not what is said of the subject
// ("the ferry's late" is).
const possessed = (tokens: readonly Token[], i: number): boolean => {
  const next = tokens[i + 1];
  return word(tokens[i - 1]) === "'s" && next !== undefined && (next.text === '-' || NOUN_LIKE.has(next.pos));
};
const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'ADJ']);

const PLAN = new Set(PLAN_WORDS);
// a noun of time after "for" makes a plan word a schedule ("set for next week"), not a predicate
const TIME_NOUN = /^(morning|afternoon|evening|night|day|week|weekend|month|year|time|date|hour)s?$/;

// Whether token i is a plan word followed by "for" and a thing, not a time ("preparing for a quick
// inquiry", "hoping for a deal"; not "planned for Friday", "set for next week").
function planForThing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos !== 'VERB' || !PLAN.has(t.norm) || word(tokens[i + 1]) !== 'for') return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) {
    const u = tokens[k] as Token;
    if (u.pos === 'NOUN') return !TIME_NOUN.test(u.norm);
    if (u.pos !== 'DET' && u.pos !== 'ADJ') return false;
  }
  return false;
}

// Whether token i comes right after a verb that weighs it or after "against".
const weighed = (tokens: readonly Token[], i: number): boolean =>
  word(tokens[i - 1]) === 'against' || (tokens[i - 1]?.pos === 'VERB' && WEIGHING.has(word(tokens[i - 1])));

// Whether token i is the first noun after a form of "be", past only determiners, prepositions,
// adjectives and numbers ("was on probation", "is the new chief").
function afterBe(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k] as Token;
    // not "'s": as often the possessive ("the office's 40 employees")
    if (BE.has(word(t)) && word(t) !== "'s") return true;
    // "is not the foundation": a negation is read as the predicate's polarity
    if (!['DET', 'ADP', 'ADJ', 'NUM'].includes(t.pos) && !NEGATION.has(word(t))) return false;
  }
  return false;
}

// perReading's slots so far, and the value of a slot not read yet
let slots = 0;
const UNREAD: unique symbol = Symbol('unread');

/**
 * `read` memoised per reading: what a reading alone decides is worked out once, not once per pair
 * it is judged in (the result is shared: never change it).
 */
export function perReading<T>(read: (r: Reading) => T): (r: Reading) => T {
  // kept in the reading's own array, at this function's slot: an index, not a look-up in a WeakMap
  // (some 30 functions, each asked once per pair judged, made those look-ups 4% of compare's CPU)
  const slot = slots++;
  return (r) => {
    const kept = r.kept;
    if (slot < kept.length) {
      const value = kept[slot];
      if (value !== UNREAD) return value as T;
    }
    const out = read(r);
    // (`read` may have kept values past this slot: the slots before are filled, never left holes)
    while (kept.length <= slot) kept.push(UNREAD);
    kept[slot] = out;
    return out;
  };
}

/**
 * `read` memoised per figure of a reading: what a figure alone decides (its verb, what it counts) is
 * worked out once, not once per pair its reading is judged in (the result is shared: never change it).
 */
export function perFigure<T>(read: (f: ClaimFigure, r: Reading) => T): (f: ClaimFigure, r: Reading) => T {
  const byFigure = perReading((): Map<ClaimFigure, T> => new Map());
  return (f, r) => {
    const known = byFigure(r);
    const value = known.get(f);
    if (value !== undefined || known.has(f)) return value as T;
    const out = read(f, r);
    known.set(f, out);
    return out;
  };
}
