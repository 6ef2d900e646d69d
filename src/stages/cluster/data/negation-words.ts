/**
 * Subjects that negate what is told of them ("No one was hurt", "nobody injured", "none were
 * killed"): what a lead tells happened to no one is no word of its event. Lower-cased, a phrase's
 * words as the tokeniser splits them.
 */
export const NEGATED_SUBJECTS: readonly string[] = ['no one', 'nobody', 'none'];
