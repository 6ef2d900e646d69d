import { GRAMMAR_WORDS } from '../../data/grammar-words.ts';

// English grammar words a quote can gain or lose in another wording without saying something else
// ("this budget" / "the budget", "we will" / "we'll"): the shared grammar words
// (text/data/grammar-words.ts), and determiners, modal verbs and adverbs of degree or time. A negation
// is not one ("not", "never", "no": it reverses what is said), nor a number.

/** Grammar words, lower case, unaccented (as `fold` gives them). */
export const QUOTE_GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  ...GRAMMAR_WORDS,
  ...`some any each every all us there here
  will can may must
  just also very really too even still now`
    .split(/\s+/)
    .filter(Boolean),
]);
