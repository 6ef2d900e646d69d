import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (contra30's round of dev differences, issue 10): a clash of two speakers needs one
// quotation, and opposite words need one thing they are told of. The rows that expect `contradicts`
// keep each rule from taking more than its kind.
const CASES: readonly VerdictCase[] = [
  [
    'two statements of one thing by other speakers are no clash of speakers',
    '“Mira Holt will host the Harbour Gala,” said Lind.',
    '“I agreed with Tove that Mira Holt is the ideal host for the Harbour Gala,” said Rune Sand.',
    'not contradicts',
  ],
  [
    'one quotation given to another named speaker is a clash',
    '“We are thrilled to have Mira Holt host the harbour gala,” said Tove Lind.',
    '“We are thrilled to have Mira Holt host the harbour gala,” said Rune Sand.',
    'contradicts',
  ],
  [
    'opposite words told of other things ("passed a resolution" / "to reject the theory") are no clash',
    'The Assembly passed a resolution condemning the Tidewell conspiracy theory on Friday.',
    'The Assembly voted 301-12 to reject the Tidewell conspiracy theory on Friday.',
    'not contradicts',
  ],
  [
    'opposite words told of one thing are a clash',
    'The council approved the harbour plan on Monday.',
    'The council rejected the harbour plan on Monday.',
    'contradicts',
  ],
];

describe('one quotation for two speakers, one thing for opposite words (invented pairs)', () =>
  testVerdicts(CASES));
