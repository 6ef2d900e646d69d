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
