import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences as a segmenter leaves them after cutting a decimal at its point ("6. 1-magnitude").
const CASES: readonly VerdictCase[] = [
  [
    'two tails of one measure',
    '1-magnitude quake struck Velmar island, home to 40,000 people, state radio said.',
    '4-magnitude quake struck Velmar island, home to 40,000 people, state radio said.',
    'contradicts',
  ],
  [
    'one tail of one measure',
    '1-magnitude quake struck Velmar island, home to 40,000 people, state radio said.',
    '1-magnitude quake struck Velmar island, home to 40,000 people, the agency said.',
    'not contradicts',
  ],
  [
    'two tails told by other predicates (two quakes)',
    '1-magnitude quake struck two miles north of Velmar on Sunday.',
    '4-magnitude quake is large for the Velmar fault.',
    'not contradicts',
  ],
  [
    'two tails of other measures',
    '1-magnitude quake struck Velmar island, home to 40,000 people, state radio said.',
    '4-metre wave struck Velmar island, home to 40,000 people, state radio said.',
    'not contradicts',
  ],
  [
    // two spaces after the point: with one the segmenter keeps the sentence whole (segment/decimals.ts)
    'a sentence cut inside a number ends on its whole part, no value',
    'Earlier today, an earthquake with a preliminary magnitude of 2.0 struck near Vessmark, the survey said.',
    'An earthquake with a preliminary magnitude of 4.  5 struck near Vessmark.',
    'not contradicts',
  ],
  [
    'a decimal point a tokeniser spaced, kept in its sentence, is one value',
    'Earlier today, an earthquake with a preliminary magnitude of 2.0 struck near Vessmark, the survey said.',
    'An earthquake with a preliminary magnitude of 4. 5 struck near Vessmark.',
    'contradicts',
  ],
  [
    'a sentence that ends on a whole number is not cut',
    'Earlier today, an earthquake with a preliminary magnitude of 2.0 struck near Vessmark, the survey said.',
    'An earthquake with a preliminary magnitude of 4. It struck near Vessmark.',
    'contradicts',
  ],
];

describe('cut decimals', () => {
  testVerdicts(CASES);
});
