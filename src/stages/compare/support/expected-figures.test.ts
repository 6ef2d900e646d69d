import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (issue 10): a figure told as expected, forecast or hoped for is not the count of what
// happened, nor the reverse; the same expectation told on both sides still supports.
const CASES: readonly VerdictCase[] = [
  [
    'an expected figure (no verb after it) is not stated by the count',
    'The Northern Nurses Federation (NNF) said it expected more than 40,000 members.',
    'The Northern Nurses Federation (NNF) put the number of members on strike at 52,000.',
    'not supports',
  ],
  [
    'an expected figure with its verb after a long object is not stated by the count',
    'The Harwick nurses union said it expected more than 40,000 members to join the strike.',
    'The Harwick nurses union said 52,000 members joined the strike.',
    'not supports',
  ],
  [
    'nor by the same bound told as done',
    'The Harwick nurses union said it expected more than 40,000 members to join the strike.',
    'The Harwick nurses union said more than 40,000 members joined the strike.',
    'not supports',
  ],
  [
    'a crowd expected at a match is not the crowd that came',
    'The Dunmore club expects 18,000 fans at the cup final on Sunday.',
    'There were 18,000 fans at the cup final on Sunday, the Dunmore club said.',
    'not supports',
  ],
  [
    'hoped for is not raised',
    'The Vessmark shelter hopes for 500 volunteers at the beach clean-up on Saturday.',
    'The Vessmark shelter had 500 volunteers at the beach clean-up on Saturday.',
    'not supports',
  ],
  [
    'aims for is not counted',
    'The Vessmark shelter aims for 500 volunteers at the beach clean-up on Saturday.',
    'The Vessmark shelter counted 500 volunteers at the beach clean-up on Saturday.',
    'not supports',
  ],
  [
    'the reverse: what happened is not stated by the expectation',
    'More than 18,000 fans attended the cup final in Dunmore on Sunday.',
    'The Dunmore club expected more than 18,000 fans to attend the cup final on Sunday.',
    'not supports',
  ],
  // kept: the expectation told on both sides, and counts told as done on both sides
  [
    'the same expectation in other words supports',
    'The Harwick nurses union said it expected more than 40,000 members to join the strike.',
    'More than 40,000 members are expected to join the strike, the Harwick nurses union said.',
    'supports',
  ],
  [
    'the same expected figure supports',
    'The Dunmore club expects 18,000 fans at the cup final on Sunday.',
    'The Dunmore club said on Friday that it expects 18,000 fans at the cup final on Sunday.',
    'supports',
  ],
  [
    'a count told as done on both sides still supports',
    'The Harwick nurses union said 52,000 members joined the strike.',
    'The Harwick nurses union said 52,000 of its members joined the strike on Monday.',
    'supports',
  ],
  [
    'a year after the verb is no figure expected',
    'The Dunmore port expects a rise in trade in 2027.',
    'In 2027 the Dunmore port expects a rise in trade.',
    'supports',
  ],
  [
    '"than expected" tells a count, not an expectation',
    'Turnout in the Dunmore council election was 61 percent, higher than expected.',
    'Turnout in the Dunmore council election was 61 percent, higher than expected, officials said on Friday.',
    'supports',
  ],
];

describe('an expected figure is not a count (issue 10)', () => testVerdicts(CASES));
