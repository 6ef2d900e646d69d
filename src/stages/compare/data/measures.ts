// What a count of people measures, by the words that tell it: text/data/measure-words.ts (one list
// for the contradiction checks and the reading of an update's new values).
export { MEASURE_PHRASES, MEASURE_WORDS } from '../../../text/data/measure-words.ts';

/** Verbs that tell a count grew to the figure after "to" ("the toll rose to 20"): a later count. */
export const GROWTH_VERBS: readonly string[] = [
  'rise',
  'rose',
  'risen',
  'climb',
  'grow',
  'grew',
  'jump',
  'increase',
  'mount',
  'surge',
  'soar',
  'swell',
];

/**
 * Verbs of how a count is known, between the count and the word that tells it: "Fifteen people are now
 * known to have died", "are feared to have drowned", "were believed to be injured": what the count
 * measures is the word after "to have" / "to be".
 */
export const KNOWN_FRAME_VERBS: readonly string[] = [
  'known',
  'believed',
  'feared',
  'thought',
  'reported',
  'presumed',
  'confirmed',
  'understood',
];

/**
 * Words that make a count a running total ("640 killed since the assault began", "has so far lost
 * seven soldiers"): a total of many events, no value of one event's count. Phrases of plain words.
 */
export const RUNNING_TOTAL_WORDS: readonly string[] = [
  'since',
  'so far',
  'to date',
  'in all',
  'in total',
  'altogether',
];

/**
 * Words that tell none of a measure: "no one was killed", "nobody was hurt", "no deaths"; "none"
 * stands alone ("none died"). Not when another word makes it none of a rest ("no one else", "no
 * other injuries", "no further deaths", "no new arrests").
 */
export const NONE_WORDS: readonly string[] = ['no one', 'no-one', 'nobody', 'none', 'no'];
export const NOT_NONE_AFTER: readonly string[] = [
  'else',
  'other',
  'further',
  'more',
  'new',
  'additional',
  'serious',
];

/**
 * Words that narrow a none to a part or a span ("no deaths were reported among the 12 nurses", "no one
 * has died since Sunday", "in the past week no one died", "no deaths so far this week"): such a none
 * is no total of the measure, no 0 against another's toll. Phrases of plain words, matched in the
 * none's clause.
 */
export const NONE_SCOPE_WORDS: readonly string[] = [
  'among',
  'since',
  'in the last',
  'in the past',
  'over the last',
  'over the past',
  'this week',
  'this month',
];

/** Nouns of harm to people that count both the dead and the injured: "no casualties" is none of either. */
export const CASUALTY_WORDS: readonly string[] = ['casualty', 'casualties'];

/**
 * Words that make a value one count of several told at other times, a bound or a part ("the
 * toll rose to", "so far", "at least", "now", "the latest", "initially", "earlier", "including", "15
 * of them"): with one in either sentence, two values may both hold. Used by the one-predicate
 * clash only (support/told-alike.ts). Phrases of plain words, matched on whole words.
 */
export const UPDATE_CUES: readonly string[] = [
  'rose',
  'risen',
  'climbed',
  'increased',
  'revised',
  'updated',
  'so far',
  'to date',
  'at least',
  'now',
  'latest',
  'initially',
  'earlier',
  'previously',
  'originally',
  'preliminary',
  'since',
  'in all',
  'altogether',
  'including',
  'among',
  'of them',
  'of whom',
];
