/**
 * The words of a clause that recalls a like event by its time ("as they did in May", "as in 2023",
 * "just as crews had done last May"): the comparison's opening word, the verbs that stand in for
 * the clause's own verb (a repeat of the article's action), the adverbs they take, and the words
 * that lead a date. Read by `recalledAt` (recalled.ts).
 */
export const RECALL_WORDS = {
  /** Words that open a comparison with another time. */
  openers: ['as', 'like'],
  /** Verbs that repeat the clause's action without naming it ("did", "had done"). */
  proVerbs: ['did', 'do', 'does', 'done', 'had', 'has', 'have'],
  /** Adverbs between such a verb and the date ("did before in May"). */
  adverbs: ['before', 'too', 'also', 'once', 'already', 'previously', 'earlier'],
  /** Words that lead a date ("in May", "back in 2023", "last May"). */
  dateLeads: ['in', 'on', 'during', 'back', 'last', 'this', 'at', 'around'],
} as const;
