/**
 * Verbs of a decision that a headline writes in the present before "to" ("Council votes to close
 * library", "Union agrees to end strike"): the decision is made, what follows "to" is its content, not
 * the event still ahead that "Council to vote on budget" tells (title-plan.ts). The tagger often reads
 * them as plural nouns. General English, kept small; plain lower-case words.
 */
export const DECIDED_BEFORE_TO: ReadonlySet<string> = new Set(
  `votes agrees decides moves opts chooses elects resolves refuses declines fails`.split(/\s+/),
);
