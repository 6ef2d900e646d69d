import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: a count in words after "the" is a figure, another count no support; an amount with
// its currency spelt after it is the amount told with its sign.
const CASES: readonly VerdictCase[] = [
  [
    'the five vessels are not the eight vessels',
    'The Velmar frigate was escorting the five merchant vessels through the strait.',
    'The Velmar frigate was escorting the eight merchant vessels through the strait.',
    'not supports',
  ],
  [
    'their three children are not their four children',
    'Orla Fenn said their three children were safe after the fire in Kell.',
    'Orla Fenn said their four children were safe after the fire in Kell.',
    'not supports',
  ],
  [
    'the five vessels are five vessels',
    'The Velmar frigate was escorting five merchant vessels through the strait.',
    'The Velmar frigate was escorting the five merchant vessels through the strait.',
    'supports',
  ],
  [
    'an amount with its dollar sign and with the word',
    'The pirates seized a Velmar tanker carrying $100 million of crude oil.',
    'The pirates seized a Velmar tanker carrying 100 million dollars of crude oil.',
    'supports',
  ],
  [
    'the word and the sign, the other way',
    'The pirates seized a Velmar tanker carrying 2 billion dollars of crude oil.',
    'The pirates seized a Velmar tanker carrying $2 billion of crude oil.',
    'supports',
  ],
  [
    'another amount spelt with the word',
    'The pirates seized a Velmar tanker carrying $100 million of crude oil.',
    'The pirates seized a Velmar tanker carrying 300 million dollars of crude oil.',
    'not supports',
  ],
];

describe('counts in words and amounts with their currency word', () => testVerdicts(CASES));
