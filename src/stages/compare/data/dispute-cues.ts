/**
 * Words by which an article tells that someone disputes a claim it has just reported: a verb of
 * dispute ("But the union disputed that."), the word for what it disputes ("rejected the minister's
 * statement."), and a verdict on it ("That is not true."). General English, no outlet's
 * wording; read by compare/disputes.ts, which asks strictly that the verb's object be the claim (a
 * missed dispute is safer than a false one).
 */
/**
 * The verbs of dispute that, with a bare pointer for object ("disputed that.", "denied it."), dispute
 * a statement: "reject" and "contest" take an offer, a plan or a seat as often ("The union rejected
 * it" after an offer tells no offer untrue), so they dispute a claim only when they name it
 * ("rejected the minister's statement.").
 */
export const STATEMENT_VERBS: readonly string[] = [
  'dispute',
  'disputes',
  'disputed',
  'disputing',
  'deny',
  'denies',
  'denied',
  'denying',
  'refute',
  'refutes',
  'refuted',
  'refuting',
];

/** Every verb of dispute: those of a statement, and those that also take an offer or a seat. */
export const DISPUTE_VERBS: readonly string[] = [
  ...STATEMENT_VERBS,
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'contest',
  'contests',
  'contested',
  'contesting',
];

/** Words that point back at the claim told just before ("disputed that", "denied this"). */
export const BACK_POINTERS: readonly string[] = ['that', 'this', 'it', 'those', 'these'];

/** Nouns for a claim someone made ("disputed the minister's statement", "rejected those claims"). */
export const CLAIM_NOUNS: readonly string[] = [
  'claim',
  'claims',
  'statement',
  'statements',
  'assertion',
  'assertions',
  'account',
  'version',
  'allegation',
  'allegations',
  'remarks',
  'comments',
];

/** Verdicts on a claim, after "is"/"was" ("That is wrong.", "The claim was false"). */
export const VERDICTS: readonly string[] = ['wrong', 'false', 'untrue', 'incorrect', 'inaccurate'];

/** Verdicts said with "not" ("That is not true."). */
export const NEGATED_VERDICTS: readonly string[] = ['true', 'correct', 'accurate'];

/** Words that open a sentence without being its subject ("But the union disputed that."). */
export const OPENERS: readonly string[] = ['but', 'however', 'and', 'yet', 'still'];

/**
 * Words that open a clause of time or cause inside a claim ("burned for hours before crews put out the
 * fire"): what it tells there is the claim's setting, which another speaker's "no" does not deny.
 */
export const ASIDE_OPENERS: readonly string[] = [
  'before',
  'after',
  'until',
  'when',
  'while',
  'because',
  'although',
  'though',
  'once',
];

/**
 * Verbs that tell an accusation ("Police charged Lunn with arson", "was accused of fraud"): a denial
 * after such a claim ("He denied the allegations.") denies the deed it is accused of, not that the
 * accusation was made, so it disputes no claim that holds one.
 */
export const ACCUSATION_VERBS: readonly string[] = [
  'accuse',
  'accuses',
  'accused',
  'charge',
  'charges',
  'charged',
  'arrest',
  'arrests',
  'arrested',
  'indict',
  'indicts',
  'indicted',
  'sue',
  'sues',
  'sued',
  'allege',
  'alleges',
  'alleged',
  'blame',
  'blames',
  'blamed',
  'convict',
  'convicts',
  'convicted',
  'prosecute',
  'prosecutes',
  'prosecuted',
];
