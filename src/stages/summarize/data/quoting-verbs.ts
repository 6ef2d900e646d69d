/**
 * Verbs that report what someone said by quoting or citing them, as the words of a report frame
 * ("State television quoted the centre as saying …", "…, the governor was quoted as saying"), beside
 * the reporting verbs of compare/data/word-forms.ts (REPORTING_STEMS). Plain words, stemmed when
 * compiled.
 */
export const QUOTING_VERBS: readonly string[] = ['quote', 'cite'];
