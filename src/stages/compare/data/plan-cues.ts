import { dict } from '../../../text/data/dict.ts';

/**
 * Words that tell whether a plan on one side and a done event on the other are one event: a done
 * event told as an earlier or another occasion, a habit, a wish. Plain lower-case general English.
 */

/**
 * Words near a verb that tell an occasion of its own ("previously hosted", "first hosted the Oscars
 * in 2007", "will speak again"): on one side only, the plan and the done event are two occasions, not
 * one told twice. Not "another" ("will be imposing another $60 billion in tariffs" adds to others'
 * tariffs) nor "last" ("last night").
 */
export const OCCASION_WORDS: Readonly<Record<string, true>> = dict({
  previously: true,
  formerly: true,
  first: true,
  once: true,
  earlier: true,
  again: true,
});

/** Adverbs of a habit ("routinely wandered"): a "would" beside them is a past habit, not a plan. */
export const HABIT_WORDS: Readonly<Record<string, true>> = dict({
  routinely: true,
  usually: true,
  often: true,
  regularly: true,
  frequently: true,
  typically: true,
  always: true,
  sometimes: true,
  repeatedly: true,
  normally: true,
  habitually: true,
});

/**
 * Verbs that tell a value: "a new bridge will cost $2.4 million", "the bill will total" is an
 * estimate made now, no happening ahead: told ahead it is no plan of the figure told as done ("put
 * the cost of a new bridge at …"; the event is the figure, not something that will take place).
 */
export const VALUE_VERBS: Readonly<Record<string, true>> = dict({
  cost: true,
  total: true,
  amount: true,
});

/** Verbs of a wish: "would like to thank" says what one wants now, it plans no event. */
export const WISH_VERBS: Readonly<Record<string, true>> = dict({
  like: true,
  love: true,
  prefer: true,
  rather: true,
});

/** Pronouns that open a relative clause: what it tells is an aside on a noun, not the sentence's event. */
export const RELATIVE_PRONOUNS: Readonly<Record<string, true>> = dict({
  who: true,
  whom: true,
  whose: true,
  which: true,
});

/**
 * Verbs of a state lasting on: "will stay closed", "will remain shut", "will continue to sell" tell
 * how long a state goes on, not that its event (the closing, the selling) is ahead.
 */
export const LASTING_VERBS: Readonly<Record<string, true>> = dict({
  stay: true,
  stays: true,
  stayed: true,
  remain: true,
  remains: true,
  remained: true,
  continue: true,
  continues: true,
  continued: true,
});

/**
 * Words that, before "to", tell an event as intended or scheduled ahead ("plans to sign", "is
 * expected to accept", "is due to meet"): the few a strict reading of a plan takes. Not a purpose or
 * a wish ("aiming to fix", "wants to sign", "agreed to meet").
 */
export const INTENT_WORDS: Readonly<Record<string, true>> = dict({
  plan: true,
  plans: true,
  planned: true,
  planning: true,
  expected: true,
  scheduled: true,
  slated: true,
  set: true,
  due: true,
  intend: true,
  intends: true,
  intended: true,
  intending: true,
  going: true,
  about: true,
});

/**
 * Simple past and past participle forms a done verb may take besides those in -ed and the irregular
 * forms the support check reads already (data/predicates.ts, text/data/word-forms.ts); with the past of
 * "be", "have" and "do", and the ones the timeline read as told as done (one reading, `pastForm`).
 */
export const PAST_FORMS: Readonly<Record<string, true>> = dict({
  was: true,
  were: true,
  had: true,
  did: true,
  saw: true,
  put: true,
  cut: true,
  hit: true,
  shut: true,
  lay: true,
  bit: true,
  dug: true,
  got: true,
  gotten: true,
  done: true,
  ate: true,
  eaten: true,
  forgot: true,
  forgotten: true,
  lent: true,
  rode: true,
  ridden: true,
  rang: true,
  rung: true,
  sang: true,
  sung: true,
  slept: true,
  stuck: true,
  swam: true,
  swung: true,
  tore: true,
  torn: true,
  wore: true,
  worn: true,
  understood: true,
  overtook: true,
  oversaw: true,
  upheld: true,
  withheld: true,
  arose: true,
  arisen: true,
  undertook: true,
  undertaken: true,
});
