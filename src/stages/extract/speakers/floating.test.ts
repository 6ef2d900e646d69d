import { type IndirectCase, testIndirectCases } from '../indirect/fixtures/indirect-cases.ts';

/** A quantifier floated between a subject and its cue ("all", "both", "each") stands for the subject. */
const FLOATING: IndirectCase[] = [
  [
    '"all" after a plural noun',
    'The senators all said the fee was too high.',
    'the fee was too high',
    'senators',
  ],
  [
    '"all" after a list of names with their parties',
    'Sens. Ann Wu (D-Ore.), Ola Berg (D-Nebraska) and Tom Reyes (D-N.J.) all suggested that the fees were too high.',
    'the fees were too high',
    'Tom Reyes',
  ],
  [
    '"both" after a noun',
    'The two mayors both said the bridge was safe.',
    'the bridge was safe',
    'two mayors',
  ],
  ['"each" after a pronoun', 'They each warned that the pier would close.', 'the pier would close', 'They'],
];

testIndirectCases(FLOATING);
