import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Issue 10's kinds of contradiction between figures (counts, fractions and shares, bounds, tallies,
// lengths of time), each with invented true contradictions and look-alikes that are not
// contradictions; kinds.test.ts holds the other kinds.

const KINDS: Record<string, readonly VerdictCase[]> = {
  'counts written as words': [
    [
      'a partitive against a count',
      'Seven of the men were charged with smuggling in Vessmark on Friday.',
      'Nine men were charged with smuggling in Vessmark on Friday.',
      'contradicts',
    ],
    [
      'a partitive against the same count',
      'Seven of the men were charged with smuggling in Vessmark on Friday.',
      'Seven men were charged with smuggling in Vessmark on Friday.',
      'not contradicts',
    ],
    [
      'a part of those arrested (another predicate)',
      'Nine men were arrested in the Vessmark raid on Friday.',
      'Seven of the nine men arrested in the Vessmark raid were charged on Friday.',
      'not contradicts',
    ],
  ],
  'fractions and percent': [
    [
      'a fraction against another percent (was contradicts; now related: a share matched only by what it is of, told by no one word: not surely one measure)',
      'Nearly three quarters of the voters in Vessmark backed the harbour plan.',
      'Nearly 60 percent of the voters in Vessmark backed the harbour plan.',
      'related',
    ],
    [
      'a fraction against the percent it rounds to (a conversion)',
      'About a third of the houses in Velmar were destroyed by the flood.',
      'The flood destroyed 33 percent of the houses in Velmar.',
      'not contradicts',
    ],
    [
      'a fraction of one thing against a percent of it told by another verb (was contradicts; now related: told by no one word: not surely one measure)',
      'A third of the houses in Vessmark were destroyed by the flood.',
      'The flood destroyed 60 percent of the houses in Vessmark.',
      'related',
    ],
  ],
  'shares of one thing, of two people': [
    [
      'two shares of the vote won by two candidates',
      'Ole Brandt won 52 percent of the vote in Vessmark on Sunday.',
      'Ada Lind won 48 percent of the vote in Vessmark on Sunday.',
      'not contradicts',
    ],
    [
      'two tolls told by two named officials',
      'The Vessmark flood killed 80 people, police chief Ole Brandt said.',
      'The Vessmark flood killed 95 people, mayor Ada Lind said.',
      'contradicts',
    ],
  ],
  'strict and loose bounds': [
    [
      'a strict bound against a smaller value',
      'More than 100 people were killed in the Vessmark flood.',
      'The Vessmark flood killed 80 people.',
      'contradicts',
    ],
    [
      'a strict bound against a value past it',
      'More than 100 people were killed in the Vessmark flood.',
      'The Vessmark flood killed 104 people.',
      'not contradicts',
    ],
    [
      'a lower bound and a count past it (a bound leaves its top open)',
      'The Vessmark quake destroyed several villages, killing at least three people.',
      'The Vessmark quake destroyed several villages, killing 10 people.',
      'not contradicts',
    ],
    [
      'a lower bound and a count short of it',
      'The Vessmark quake destroyed several villages, killing at least 12 people.',
      'The Vessmark quake destroyed several villages, killing 10 people.',
      'contradicts',
    ],
    [
      'two estimates of one toll',
      'Officials estimate that 80 people died in the Vessmark flood.',
      'Another estimate puts the Vessmark flood toll at 120.',
      'not contradicts',
    ],
  ],
  'tallies of one vote or game': [
    [
      'two tallies of one vote',
      'The Dunmore council voted 7-2 on Tuesday to approve the shelter plan.',
      'The Dunmore council approved the shelter plan 6-3 on Tuesday.',
      'contradicts',
    ],
    [
      'one tally written alike',
      'The Dunmore council voted 7-2 on Tuesday to approve the shelter plan.',
      'The Dunmore council approved the shelter plan 7-2 on Tuesday.',
      'not contradicts',
    ],
    [
      'two tallies of one vote told in words (text/tally.ts)',
      'The Dunmore council voted 7 to 2 on Tuesday to approve the shelter plan.',
      'The Dunmore council approved the shelter plan by 6 votes to 3 on Tuesday.',
      'contradicts',
    ],
    [
      'one tally told in words and with a dash',
      'The Dunmore council voted 7 to 2 on Tuesday to approve the shelter plan.',
      'The Dunmore council approved the shelter plan 7-2 on Tuesday.',
      'not contradicts',
    ],
    [
      'ranges of ages are no tallies',
      'The Dunmore shelter plan takes children aged 5 to 11 from Tuesday.',
      'The Dunmore shelter plan takes children aged 6 to 12 from Tuesday.',
      'not contradicts',
    ],
    [
      'two games against two teams',
      'The Vessmark Rovers beat the Velmar Stags 3-1 on Saturday.',
      'The Vessmark Rovers beat the Dunmore Hawks 2-0 on Saturday.',
      'not contradicts',
    ],
  ],
  "measures' values": [
    [
      "a measure's value told bare (the name is its unit; a bare number may tell it)",
      'The survey office in Vessmark said the quake was a magnitude-6.1 temblor.',
      'The survey office in Vessmark said the quake was 6.1.',
      'supports',
    ],
    [
      "a measure's value against a count of the same size",
      'The survey office in Vessmark said the quake was a magnitude-6 temblor.',
      'The survey office in Vessmark said the quake destroyed 6 homes.',
      'not supports',
    ],
  ],
  'lengths of time': [
    [
      'one length of one predicate',
      'Police in Vessmark negotiated with the gunman for two hours.',
      'Police in Vessmark negotiated with the gunman for three hours.',
      'contradicts',
    ],
    [
      'two lengths told by two other verbs',
      'What followed was a tense two hours while police in Vessmark negotiated with the gunman.',
      'Police in Vessmark locked down the neighbourhood for almost three hours while they negotiated with the gunman.',
      'not contradicts',
    ],
  ],
};

for (const [kind, cases] of Object.entries(KINDS))
  describe(`contradiction kinds: ${kind}`, () => {
    testVerdicts(cases);
  });
