import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: strict and loose bounds of one measure, and look-alikes that are not conflicts.
const CASES: readonly VerdictCase[] = [
  [
    'a strict lower bound against a loose upper bound at the same value',
    'Drugmaker Velcor said Monday an early look at data from its flu vaccine shows it is more than 90% effective.',
    'Healthcare firm Velcor says that early data from its flu vaccine experiments suggests the shots may be up to 90% effective in preventing the virus.',
    'contradicts',
  ],
  [
    'a strict upper bound against a loose lower bound at the same value',
    'Fewer than 40 boats took part in the Vessmark regatta on Sunday.',
    'At least 40 boats took part in the Vessmark regatta on Sunday.',
    'contradicts',
  ],
  [
    'a strict bound against the plain number (a rounding)',
    'Drugmaker Velcor said Monday its flu vaccine is more than 90% effective in early trials.',
    'Velcor said its flu vaccine is 90% effective in early trials.',
    'not contradicts',
  ],
  [
    'two loose bounds that meet at one value',
    'At most 40 boats took part in the Vessmark regatta on Sunday.',
    'At least 40 boats took part in the Vessmark regatta on Sunday.',
    'not contradicts',
  ],
  [
    'one part of a payment in two forms against the whole',
    'Ostcorp agreed to buy Markham-based Velmar Chips for around $5.4 billion in cash and stock, the companies announced Monday.',
    'The purchase is a combination of $4.2 billion in cash and 57 million shares of Ostcorp stock.',
    'not contradicts',
  ],
];

describe('bounds', () => {
  testVerdicts(CASES);
});
