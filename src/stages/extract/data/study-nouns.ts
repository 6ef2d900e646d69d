/**
 * Nouns of research that a finding is "according to" ("according to a major trial of 1,240 people",
 * "according to a new study"): the source of a finding, never a speaker whose words are reported (no
 * entry in "Whom each outlet quotes"). A poll, a report or a statement stays a speaker's channel
 * (DOCUMENT_NOUNS in speech.ts). Plain words, lower case.
 */
export const STUDY_NOUNS: ReadonlySet<string> = new Set(
  'study studies trial trials research analysis analyses experiment experiments paper'.split(' '),
);
