import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: the title before a person the claim names, given by the candidate to another
// person; and the pairs that must stay supports beside them.
const CASES: VerdictCase[] = [
  [
    "one title, another leader: the claim's person unnamed",
    'Senate Majority Leader Ora Fenwick (R-Vel.) announced a bipartisan effort to raise the minimum age of tobacco purchase to 21.',
    'Senate Majority Leader Hal Brisco, whose home state was long a leading tobacco producer, introduced bipartisan legislation Monday to raise the minimum age for buying tobacco from 18 to 21.',
    'not supports',
  ],
  [
    'one title, one leader',
    'Senate Majority Leader Ora Fenwick (R-Vel.) announced a bipartisan effort to raise the minimum age of tobacco purchase to 21.',
    'Senate Majority Leader Ora Fenwick, whose home state was long a leading tobacco producer, introduced bipartisan legislation Monday to raise the minimum age for buying tobacco from 18 to 21.',
    'supports',
  ],
  [
    'one leader by surname only',
    'Senate Majority Leader Ora Fenwick announced a bipartisan effort to raise the minimum age of tobacco purchase to 21.',
    'Senate Majority Leader Fenwick on Monday announced a bipartisan effort to raise the minimum age of tobacco purchase to 21.',
    'supports',
  ],
];

describe('support: a title told of another person', () => testVerdicts(CASES));
