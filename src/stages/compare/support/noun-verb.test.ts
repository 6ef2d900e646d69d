import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// One event told by a verb on one side and its noun on the other (closing-s31: "closing the library
// will save" / "the closure would save" was no clash; text/nominal.ts, the reading the summary uses).
// Invented sentences.
describe('one measure of one event, told by a verb and by its noun', () => {
  testVerdicts([
    [
      'a saving of one closure, told by "closing" and "the closure" (fails before)',
      'The council says closing the Orrin library will save £180,000 a year.',
      'The council says the closure will save £150,000 a year.',
      'contradicts',
    ],
    [
      'the same, the sides the other way round (fails before)',
      'The council says the closure will save £150,000 a year.',
      'The council says closing the Orrin library will save £180,000 a year.',
      'contradicts',
    ],
    [
      'a verb and the noun of another event: two measures',
      'The council says closing the Orrin library will save £180,000 a year.',
      'The council says the renovation will cost £150,000 a year.',
      'not contradicts',
    ],
    [
      'one event, but told as planned on one side and as done on the other: no clash',
      'The council says closing the Orrin library will save £180,000 a year.',
      'The council said the closure saved £150,000 last year.',
      'not contradicts',
    ],
  ]);
});
