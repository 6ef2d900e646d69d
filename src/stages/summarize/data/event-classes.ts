/**
 * Verbs that tell one kind of event in other words, read for the single-source points only
 * (summarize/nominal.ts), beside the support judge's classes (compare/data/predicates.ts), which are
 * kept strict for ✓ marks: here a verb missing only keeps a point listed, a verb too many drops one
 * that the rest of the test (participants, figures, dates, half the terms) must also hold. "The
 * company bought the mill" / "the mill was acquired by the company", "killed 5" / "5 dead". General
 * English newsroom wording, kept small on purpose; plain words, stemmed when compiled.
 */
export const POINT_EVENT_CLASSES: readonly (readonly string[])[] = [
  ['buy', 'acquire', 'purchase'],
  ['send', 'dispatch', 'deploy'],
  ['seize', 'confiscate'],
  ['capture', 'nab'],
  ['kill', 'dead'],
];
