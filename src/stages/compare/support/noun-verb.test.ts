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
      // midreview32 finding 8 (fails before: contradicts)
      'the noun told of another thing than the verb ("the closure of the Kell swimming pool"): two events',
      'The council says closing the Orrin library will save £180,000 a year.',
      'The council says the closure of the Kell swimming pool will save £150,000 a year.',
      'not contradicts',
    ],
    [
      'the same, the other thing named before the noun ("the Kell pool closure")',
      'Closing the Orrin library will save £180,000 a year, the council says.',
      'The Kell pool closure will save £150,000 a year, the council says.',
      'not contradicts',
    ],
    [
      'the noun told of the very thing the verb is ("the closure of the library"): one event',
      'The council says closing the Orrin library will save £180,000 a year.',
      'The council says the closure of the library will save £150,000 a year.',
      'contradicts',
    ],
    [
      'one event, but told as planned on one side and as done on the other: no clash',
      'The council says closing the Orrin library will save £180,000 a year.',
      'The council said the closure saved £150,000 last year.',
      'not contradicts',
    ],
  ]);
});
