/**
 * The stages of a bargain, each a class of verbs that tells a value at that stage: what one side
 * asks, what the other offers, what is agreed, what is turned down. Two values told at two stages
 * ("has offered 3.5 per cent" / "voted to accept a rise of 4.8 per cent") are two states of one
 * dispute over time, not two accounts of one figure. Used by support/bargain-stages.ts only.
 * A stage's word is read as a verb, or as the noun a figure is the value of ("its offer of 3.5 per
 * cent"), save the words of NOT_BARGAIN_NOUNS.
 * Plain verbs in their base form, general English, compared as stems.
 */
export const BARGAIN_STAGES: readonly (readonly string[])[] = [
  ['ask', 'demand', 'seek', 'want', 'claim', 'request'],
  ['offer', 'propose', 'table', 'bid'],
  ['accept', 'agree', 'settle', 'sign', 'ratify'],
  ['reject', 'refuse', 'decline', 'turn'],
];

/** Stage verbs whose noun tells no bargain ("a table of 12 countries", "a sign of 3 percent growth", "in turn"). */
export const NOT_BARGAIN_NOUNS: readonly string[] = ['table', 'sign', 'turn', 'settle'];
