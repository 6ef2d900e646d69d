import { type IndirectCase, testIndirectCases } from '../indirect/fixtures/indirect-cases.ts';

/** A participle after the main clause speaks for its whole subject, two phrases joined by "and" too. */
const COORDINATED: IndirectCase[] = [
  [
    'two papers that filed a motion, arguing …',
    'The Harbour Gazette and the Tidewater Herald filed a motion to unseal the records, arguing the move was needed to inform voters.',
    'the move was needed to inform voters',
    'Harbour Gazette and Tidewater Herald',
  ],
];

testIndirectCases(COORDINATED);
