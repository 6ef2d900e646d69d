// English grammar words (articles, pronouns, prepositions, conjunctions, auxiliaries), the ones every
// reader of them shares: a search's snippet leaves a lone one of the query unmarked
// (store/data/grammar-words.ts), and a quote may gain or lose one in another wording
// (text/quotes/data/grammar-words.ts); each reader adds its own. Content words of wider lists ("first",
// "fifty", "side") stay out, and words that are also names or nouns ("May", "US", "will", "can").

/** Grammar words, lower case, unaccented (as `fold` gives them). */
export const GRAMMAR_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those
  of to in on at by for from with into onto upon over under about after before between through
  during without within against among toward towards via per off out up down than as
  and or but nor so yet if then because while although though whether
  i me my mine we our ours you your yours he him his she her hers it its they them their theirs
  who whom whose which what
  is are was were be been being am do does did done has have had having
  would shall should could might`
    .split(/\s+/)
    .filter(Boolean),
);
