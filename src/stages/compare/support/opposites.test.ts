import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// Opposite outcomes of one subject (data/opposites.ts); more rows in kinds.test.ts.
describe('opposite words', () => {
  testVerdicts([
    [
      'a bill passed against rejected',
      'The Velmar senate passed the harbour bill on Tuesday.',
      'The Velmar senate rejected the harbour bill on Tuesday.',
      'contradicts',
    ],
    [
      'a bill passed by one house, rejected by another',
      'The Velmar senate passed the harbour bill on Tuesday.',
      'The Vessmark assembly rejected the harbour bill on Tuesday.',
      'not contradicts',
    ],
  ]);
});
