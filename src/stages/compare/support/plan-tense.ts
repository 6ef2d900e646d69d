import type { Token } from '../../../model/index.ts';
import { IRREGULAR_FORMS, PRESENT_IN_ED } from '../../../text/data/word-forms.ts';
import { stem } from '../../../text/normalise.ts';
import { CLAUSE_CONNECTORS, SUBORDINATORS } from '../data/clause-words.ts';
import { FUTURE_MARKERS, NEGATION_MARKERS } from '../data/modality-cues.ts';
import { INTENT_WORDS, PAST_FORMS } from '../data/plan-cues.ts';
import { IRREGULAR_VERBS } from '../data/predicates.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { noDoneEvent } from './plan-occasion.ts';
import { hadBeen } from './plan-told.ts';

// The strict reading of a plan and of a done event (plan-done.ts): a verb told ahead by one of a few
// markers right before it, and a verb in a past finite form. Anything else (a purpose, a gerund, a
// present, an infinitive, a participle before its noun) is neither, so no plan against what happened.

const word = (t: Token | undefined): string => t?.norm ?? '';
const FUTURE = new Set(FUTURE_MARKERS);
const NEGATION = new Set(NEGATION_MARKERS);
// "is to sign", "were to meet": a form of "be" right before "to"
const BE_TO = new Set(['is', 'are', 'am', 'was', 'were', "'s", "'re", "'m"]);
const HAVE = new Set(['has', 'have', 'had', "'ve", "'d"]);
// a past or participle of the irregular forms the support check knows, not a present "-s" or an -ing form
const IRREGULAR_PAST = new Set(
  [...Object.keys(IRREGULAR_VERBS), ...Object.keys(IRREGULAR_FORMS), ...Object.keys(PAST_FORMS)].filter(
    (w) => !/(?:s|ing)$/.test(w),
  ),
);
const QUOTE_MARK = /^(?:["“”‘’'«»]|``?)$/;
// the words that may stand between a verb and its auxiliary: an adverb ("will soon sign", "has
// already signed") or a quotation mark ("would be ``handed over"); a negation stops the walk
const between = (t: Token | undefined): boolean =>
  t !== undefined && !NEGATION.has(t.norm) && (t.pos === 'ADV' || QUOTE_MARK.test(t.text));

const NO_WORDS: ReadonlySet<string> = new Set();

/** The index of the nearest word before `at` that is neither an adverb nor a quotation mark, or -1. */
function auxiliaryBefore(tokens: readonly Token[], at: number, skip: ReadonlySet<string> = NO_WORDS): number {
  let k = at - 1;
  while (k >= 0 && (between(tokens[k]) || skip.has(word(tokens[k])))) k--;
  return k;
}

const BE_HAVE = new Set(['be', 'been', 'being', 'have']);

/**
 * Whether the verb at `at` is told ahead: "will", "would", "shall" (and "'ll", "'d" but "'d been")
 * before it, or "to" after a form of "be" or an intent word ("is to sign", "plans to sign", "is
 * expected to sign", "is due to meet"); "be", "have" and adverbs may stand between ("will soon be
 * signed"). Not negated ("will not sign"), not a purpose or a wish ("aiming to fix", "wants to sign").
 * @example
 * markedAhead(tokens('The council is expected to sign the contract.'), 4) // true
 */
export function markedAhead(tokens: readonly Token[], at: number): boolean {
  const k = auxiliaryBefore(tokens, at, BE_HAVE);
  const t = tokens[k];
  if (!t) return false;
  // "'d been" is "had been" ("she'd been suspended"), whatever "'d" was normalised to
  if (hadBeen(tokens, k)) return false;
  if (FUTURE.has(t.norm) || /^['’]d$/.test(t.text)) return true;
  if (t.norm !== 'to') return false;
  const before = word(tokens[k - 1]);
  return BE_TO.has(before) || INTENT_WORDS[before] === true;
}

/**
 * Whether some token of a sentence is a marker markedAhead may find, a future word, "'d", or "to"
 * after a form of "be" or an intent word: where none is, no verb of it is told ahead.
 */
export const mayMarkAhead = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, k) =>
      FUTURE.has(t.norm) ||
      /^['’]d$/.test(t.text) ||
      (t.norm === 'to' && (BE_TO.has(word(tokens[k - 1])) || INTENT_WORDS[word(tokens[k - 1])] === true)),
  );

/** Whether a word is an irregular simple past or past participle ("met", "taken", "was"; not "says"). */
export const irregularPast = (norm: string): boolean => IRREGULAR_PAST.has(norm);

/**
 * Whether a verb form is a simple past or a past participle: in -ed (not "need"), or an irregular one.
 * The one reading of a past form: the support judge's and the timeline's (what a date is told as done by).
 * @example
 * pastForm({ norm: 'agreed' } as Token) // true
 */
export const pastForm = (t: Pick<Token, 'norm'>): boolean =>
  (t.norm.length > 3 && t.norm.endsWith('ed') && PRESENT_IN_ED[t.norm] !== true) ||
  IRREGULAR_PAST.has(t.norm);

const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
// the words of a subject's noun phrase ("the Philadelphia 76ers' coach", "Dr. Regina Benjamin")
const PHRASE_POS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
const inPhrase = (t: Token): boolean => PHRASE_POS.has(t.pos) || /^(?:['’]s?|\.)$/.test(t.text);
// words that open a clause before its subject
const OPENERS = new Set([...CLAUSE_CONNECTORS, ...SUBORDINATORS, 'that', 'and', 'or']);

/**
 * Whether the verb at `at` is told as done in a past finite form: a simple past after its subject
 * ("The council signed"), or a participle after "was", "were", "has", "had" or "has been" ("was
 * signed", "has signed", "had been signed"). Not a participle describing a noun ("the captured
 * soldiers", "the fifth coach fired", "the Oscars hosted by"), not a present or an -ing form, not
 * negated, not after a modal or "to".
 */
export function pastFinite(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.pos !== 'VERB' || !pastForm(t) || noDoneEvent(tokens, at)) return false;
  let k = auxiliaryBefore(tokens, at);
  const aux = word(tokens[k]);
  if (aux === 'was' || aux === 'were' || HAVE.has(aux)) return true;
  if (aux === 'been') {
    const have = word(tokens[auxiliaryBefore(tokens, k)]);
    return HAVE.has(have) || have === "'s";
  }
  // no auxiliary: a simple past right after its subject, a noun phrase that opens a clause ("The
  // council signed", "said the council signed", "after the council signed"); not a participle after
  // a noun of a preposition or an object ("with a card included", "became the fifth coach fired")
  if (!SUBJECT_END.has(tokens[k]?.pos ?? '')) return false;
  while (k >= 0 && inPhrase(tokens[k] as Token)) k--;
  const opener = tokens[k];
  return (
    opener === undefined ||
    (opener.pos === 'PUNCT' && opener.text !== '-') ||
    OPENERS.has(opener.norm) ||
    (opener.pos === 'VERB' && REPORTING_STEMS.has(stem(opener.text)))
  );
}

const BE_NOW = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);

/**
 * Whether the place at `at` tells a state that holds now: an adjective right after a present "be"
 * ("the fix is available"), or a present "be" that says what the subject is ("Brandt is the fifth
 * coach fired"): the outcome of what a plan tells ahead in the same words ("will be available",
 * "would become the fifth coach fired").
 */
export function stateNow(tokens: readonly Token[], at: number): boolean {
  if (BE_NOW.has(word(tokens[at]))) return true;
  return tokens[at]?.pos === 'ADJ' && BE_NOW.has(word(tokens[auxiliaryBefore(tokens, at)]));
}
