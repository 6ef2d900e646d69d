// English grammar words a quote can gain or lose in another wording without saying something else
// ("this budget" / "the budget", "we will" / "we'll"): articles, pronouns, prepositions, conjunctions,
// auxiliaries and modal verbs. A negation is not one ("not", "never", "no": it reverses what is said),
// nor a number.

/** Grammar words, lower case, unaccented (as `fold` gives them). */
export const QUOTE_GRAMMAR_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those some any each every all
  of to in on at by for from with into onto upon over under about after before between through
  during without within against among toward towards via per off out up down than as
  and or but nor so yet if then because while although though whether
  i me my mine we our ours us you your yours he him his she her hers it its they them their theirs
  who whom whose which what there here
  is are was were be been being am do does did done has have had having
  will would shall should can could may might must
  just also very really too even still now`
    .split(/\s+/)
    .filter(Boolean),
);
