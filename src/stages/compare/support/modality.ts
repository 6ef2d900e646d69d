import type { Token } from '../../../model/index.ts';
import {
  ASIDE_REACH,
  FUTURE_MARKERS,
  HYPOTHETICAL_MARKERS,
  MODALITY_REACH,
  NEAR_MISS_MARKERS,
  NEGATING_VERBS,
  NEGATION_MARKERS,
  OUGHT_MARKERS,
  PLAN_WORDS,
  PLANNED_ADJECTIVES,
} from '../data/modality-cues.ts';
import { expectsFigure, planBeforeObject } from './expected-figures.ts';
import { governedMood, whetherAsks } from './governed-mood.ts';
import { hadBeen, plannedFor } from './plan-told.ts';
import {
  isPredicate,
  mannerWithout,
  nameAsVerb,
  notOfAttribute,
  notOnly,
  spacedNot,
  yetTo,
} from './predicate-words.ts';

/** Whether a claim says its event happened, is planned or expected, or only might happen. */
export type Modality = 'happened' | 'planned' | 'hypothetical';

/** A claim's modality and whether its predicate is negated. */
export interface ModalityReading {
  readonly modality: Modality;
  readonly negated: boolean;
  /** Index (in the clause's tokens) of the predicate the modality was read from, or -1. */
  readonly predicate: number;
}

const FUTURE = new Set(FUTURE_MARKERS);
const PLAN = new Set(PLAN_WORDS);
const PLANNED_ADJ = new Set(PLANNED_ADJECTIVES);
const HYPOTHETICAL = new Set([...HYPOTHETICAL_MARKERS, ...OUGHT_MARKERS]);
const NEGATION = new Set(NEGATION_MARKERS);
const NEAR_MISS = new Set(NEAR_MISS_MARKERS);
const NEGATING = new Set(NEGATING_VERBS);
// "``" opens a quotation in typewriter text ("would be ``handed over")
const QUOTE_MARK = /^(?:["“”‘’'«»]|``?)$/;
const MODALS = new Set([
  ...FUTURE_MARKERS,
  ...HYPOTHETICAL_MARKERS.filter((w) => w !== 'if' && w !== 'unless'),
  ...OUGHT_MARKERS,
]);

// marker words are plain ASCII: the token's lower-cased form is enough (no accent folding); the month
// May (wink tags it a noun or a name, the modal an auxiliary) is no marker ("On May 4 the council voted")
const word = (t: Token | undefined): string =>
  t?.norm === 'may' && (t.pos === 'NOUN' || t.pos === 'PROPN') ? 'May' : (t?.norm ?? '');

// "did not close", "doesn't meet": the word after a form of "do" and its "not" is the predicate,
// whatever it is tagged (wink often tags it an adjective: "did not close", "did not complete")
const DO_FORMS = new Set(['do', 'does', 'did']);
const afterDoNot = (tokens: readonly Token[], i: number): boolean =>
  i > 1 &&
  DO_FORMS.has(word(tokens[i - 2])) &&
  (word(tokens[i - 1]) === 'not' || word(tokens[i - 1]) === "n't") &&
  /^\p{L}+$/u.test(tokens[i]?.text ?? '');

/**
 * Read the modality of a clause from the words before its first predicate verb (the reporting verb
 * of "X said …" is skipped, so the reported clause decides): "will meet", "plans to meet", "is due to
 * meet" are planned; "could", "might", "if" make it hypothetical; "not", "failed to" negate it.
 * Without a predicate verb, an "upcoming"/"next" before a noun makes it planned.
 * @example
 * modalityOf(tokens('The ministers will meet on Friday.')).modality // 'planned'
 */
export function modalityOf(tokens: readonly Token[]): ModalityReading {
  // the predicate: the first content verb, or whatever word a modal governs ("will last", tagged ADJ)
  const at = tokens.findIndex(
    (t, i) =>
      (isPredicate(t) && !nameAsVerb(tokens, i)) ||
      (i > 0 && MODALS.has(word(tokens[i - 1])) && /\p{L}/u.test(t.text) && !NEGATION.has(word(t))) ||
      afterDoNot(tokens, i),
  );
  // without a predicate verb, the whole clause is read ("the upcoming talks", "expected to last")
  const end = at < 0 ? tokens.length : at;
  const reach = at < 0 ? tokens.length : MODALITY_REACH;
  if (at < 0 && tokens.some((t) => PLANNED_ADJ.has(word(t))))
    return { modality: 'planned', negated: false, predicate: -1 };
  // a figure a verb of expectation takes ("said it expected more than 50,000 members"): looked for
  if (at < 0 && expectsFigure(tokens)) return { modality: 'planned', negated: false, predicate: -1 };
  const mood = moodBefore(tokens, end, reach);
  // "is due in court on Feb. 17", with no predicate verb: planned, whatever the words before it
  if (at < 0 && mood.modality === 'happened' && tokens.some((_, k) => plannedFor(tokens, k)))
    return { ...mood, modality: 'planned', predicate: at };
  return { ...mood, predicate: at };
}

/**
 * The modality and negation of the word at `end`, read from the words before it (at most `reach`,
 * stopping at punctuation or another verb): "will meet", "plans to meet", "could meet", "did not meet".
 */
export function moodBefore(
  tokens: readonly Token[],
  end: number,
  reach = MODALITY_REACH,
): { modality: Modality; negated: boolean } {
  let modality: Modality = 'happened';
  let negated = false;
  for (let k = end - 1; k >= Math.max(0, end - reach); k--) {
    if (spacedNot(tokens, k)) {
      negated = true;
      k -= 2;
      continue;
    }
    const w = word(tokens[k]);
    // a quotation mark does not end the phrase ("does not “commit to …”")
    if (QUOTE_MARK.test(tokens[k]?.text ?? '')) continue;
    // a modal before an aside set off by commas ("would, in their words, remove"): the modal's mood
    const modal = tokens[k]?.text === ',' ? modalBeforeAside(tokens, k) : '';
    if (modal && modality === 'happened') modality = HYPOTHETICAL.has(modal) ? 'hypothetical' : 'planned';
    if (tokens[k]?.pos === 'PUNCT' || (tokens[k]?.pos === 'VERB' && !PLAN.has(w) && !NEGATING.has(w))) break;
    if (
      (NEGATION.has(w) && !notOnly(tokens, k) && !notOfAttribute(tokens, k) && !mannerWithout(tokens, k)) ||
      (k === end - 1 && NEAR_MISS.has(w))
    )
      negated = true;
    if (yetTo(tokens, k)) negated = true;
    if (HYPOTHETICAL.has(w) || (w === 'until' && presentUntil(tokens, k, end))) modality = 'hypothetical';
    // "she'd been suspended": "'d" before "been" is "had", not "would"
    else if (modality === 'happened' && FUTURE.has(w) && !hadBeen(tokens, k)) modality = 'planned';
    // "to" of an infinitive, not a preposition ("set fire to the vehicle and escaped" is no plan)
    else if (w === 'to' && modality === 'happened' && infinitiveTo(tokens, k)) {
      // "plans to meet", "expect the closure to last": a plan word shortly before "to"
      const before = tokens.slice(Math.max(0, k - 4), k).map(word);
      // "was to release", "are to meet": a form of "be" right before "to" tells a plan too
      // ("expected more than 50,000 members to join": past the plan verb's object, however long)
      if (
        before.some((w) => PLAN.has(w)) ||
        /^(is|are|was|were|am)$/.test(before[before.length - 1] ?? '') ||
        planBeforeObject(tokens, k)
      )
        modality = 'planned';
      if (NEGATING.has(before[before.length - 1] ?? '')) negated = true;
    }
  }
  // the word told as planned right after it ("sentencing is set for Nov. 8"); not a plan of another
  // subject ("Trial is set for June 17 for Ott, who is accused of …") nor of a clause of its own
  // ("was arrested Monday and is due in court Friday")
  if (modality === 'happened' && plannedFor(tokens, end + 1)) modality = 'planned';
  // a conditional anywhere before the predicate ("if talks resume, …"), or a "whether" that asks
  // about it ("it is unclear whether talks resumed"; not one of an aside before it: whetherAsks),
  // makes it hypothetical
  for (let k = 0; k < end && k < tokens.length; k++) {
    const w = word(tokens[k]);
    if (w === 'if' || w === 'unless' || (w === 'whether' && whetherAsks(tokens, k, end))) {
      modality = 'hypothetical';
      break;
    }
  }
  // or one right after it, in the same phrase ("will strike on Monday unless the council raises pay")
  if (end < tokens.length && conditionAfter(tokens, end)) modality = 'hypothetical';
  // (a clause with no predicate verb is read from its end: "denied that Vessco has 350 staff")
  const governed = governedMood(tokens, Math.min(end, tokens.length));
  // a denied negation ("denied that the terms were not disclosed") tells neither the negation nor
  // the deed: someone's word against it, as hypothetical
  if (governed === 'negated' && negated) return { modality: 'hypothetical', negated: false };
  if (governed === 'negated') negated = true;
  else if (governed) modality = governed;
  return { modality, negated };
}

// The modal right before an aside that ends with the comma at `k` ("would, in their words, …"), or ''.
function modalBeforeAside(tokens: readonly Token[], k: number): string {
  for (let j = k - 1; j >= Math.max(1, k - ASIDE_REACH); j--)
    if (tokens[j]?.text === ',') return MODALS.has(word(tokens[j - 1])) ? word(tokens[j - 1]) : '';
  return '';
}

// Whether the "to" at `k` marks an infinitive: tagged a particle, or a verb right after it.
const infinitiveTo = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.pos === 'PART' || tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';

// Whether the clause from "until" at k to the word at `end` is in the present ("until a patch is
// available", "until the council agrees"): what it tells has not happened yet. One told in the past
// ("until he left it in 2001") happened.
const PRESENT_FORMS = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);
const presentUntil = (tokens: readonly Token[], k: number, end: number): boolean =>
  tokens
    .slice(k + 1, end + 1)
    .some((t) => PRESENT_FORMS.has(word(t)) || (t.pos === 'VERB' && /[^s]s$/.test(word(t))));

// Whether an "if" or "unless" follows the word at `end` before any punctuation, conjunction or other
// verb's clause ends its phrase; "even if", "as if" and "asked if" (whether) are no conditions.
function conditionAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
    const w = word(t);
    if (w !== 'if' && w !== 'unless') continue;
    const before = tokens[k - 1] as Token;
    return !['even', 'as'].includes(word(before)) && before.pos !== 'VERB';
  }
  return false;
}
