import { dict } from '../../../text/data/dict.ts';

/**
 * Adjectives that tell which kind of a thing is meant, so that the thing without them is not the
 * same claim: "a guilty plea" is not "a plea", "a temporary ban" not "a ban", "a preliminary deal"
 * not "a deal", "former Governor Ray Dunmore" not "Governor Ray Dunmore", "a federal judge" not "a
 * state judge". General English; not descriptive words ("a powerful earthquake", "new legislation"),
 * nor ones an outlet says otherwise as often as not ("interim coach" / "coach for the rest of the
 * season").
 */
export const KIND_ADJECTIVES: Readonly<Record<string, true>> = dict({
  guilty: true,
  innocent: true,
  temporary: true,
  permanent: true,
  partial: true,
  preliminary: true,
  tentative: true,
  provisional: true,
  unanimous: true,
  conditional: true,
  unconditional: true,
  fatal: true,
  nonfatal: true,
  attempted: true,
  failed: true,
  proposed: true,
  unofficial: true,
  former: true,
  acting: true,
  federal: true,
});

/**
 * Adverbs that tell which kind of an act is meant ("temporarily closed the pier" is not "closed the
 * pier", "unanimously rejected" not "rejected", "sell directly to customers" not "sell to customers",
 * "died peacefully" not "died"); not the words that tell who says so ("reportedly", "officially",
 * "allegedly") nor an amount ("nearly").
 */
export const KIND_ADVERBS: Readonly<Record<string, true>> = dict({
  temporarily: true,
  permanently: true,
  partially: true,
  partly: true,
  unanimously: true,
  narrowly: true,
  briefly: true,
  provisionally: true,
  tentatively: true,
  conditionally: true,
  unconditionally: true,
  fatally: true,
  directly: true,
  peacefully: true,
});

/**
 * Words that take only a part of a group ("some Republicans", "several of the workers", "a few
 * residents", "half of the voters", "a majority of voters"): a claim about the group, with none of
 * them, is not told by its part.
 */
export const PARTITIVE_WORDS: Readonly<Record<string, true>> = dict({
  some: true,
  several: true,
  few: true,
  many: true,
  most: true,
  half: true,
  majority: true,
  minority: true,
});

/**
 * Words before a plural noun that count it or take a part of it already ("all", "both", "no",
 * "three" aside): a claim with one of them is no claim about the whole group.
 */
export const COUNTING_WORDS: Readonly<Record<string, true>> = dict({
  all: true,
  both: true,
  no: true,
  every: true,
  each: true,
  any: true,
  none: true,
  half: true,
});

/**
 * Verbs that tell what follows as only someone's word against doubt, with or without "that"
 * ("Dunmore claimed he won", "she insisted that the plan was legal"): not the fact itself.
 */
export const CLAIMING_VERBS: Readonly<Record<string, true>> = dict({
  claim: true,
  claims: true,
  claimed: true,
  insist: true,
  insists: true,
  insisted: true,
});

/**
 * Words that tell a thing is the first of its kind ("his first title", "her maiden speech", "the
 * inaugural season"): a rank of one, which the reading of figures leaves out ("first" has too many
 * other uses to be a figure), so a supporter must tell it in one of these words.
 */
export const FIRST_WORDS: Readonly<Record<string, true>> = dict({
  first: true,
  '1st': true,
  maiden: true,
  inaugural: true,
  debut: true,
});
