import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Issue 10's kinds of contradiction, each with invented true contradictions and look-alikes that are
// not contradictions. A case marked `todo` is one the judge does not get right yet: it runs, and is
// reported, but does not fail the suite (the rule it needs could not be measured on the dev half).

const KINDS: Record<string, readonly VerdictCase[]> = {
  'counts written as words': [
    [
      'a partitive against a count',
      'Seven of the men were charged with smuggling in Kelso on Friday.',
      'Nine men were charged with smuggling in Kelso on Friday.',
      'contradicts',
    ],
    [
      'a partitive against the same count',
      'Seven of the men were charged with smuggling in Kelso on Friday.',
      'Seven men were charged with smuggling in Kelso on Friday.',
      'not contradicts',
    ],
    [
      'a part of those arrested (another predicate)',
      'Nine men were arrested in the Kelso raid on Friday.',
      'Seven of the nine men arrested in the Kelso raid were charged on Friday.',
      'not contradicts',
    ],
  ],
  'fractions and percent': [
    [
      'a fraction against another percent (was contradicts; now related: a share matched only by what it is of, told by no one word: not surely one measure)',
      'Nearly three quarters of the voters in Kelso backed the harbour plan.',
      'Nearly 60 percent of the voters in Kelso backed the harbour plan.',
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
      'A third of the houses in Kelso were destroyed by the flood.',
      'The flood destroyed 60 percent of the houses in Kelso.',
      'related',
    ],
  ],
  'shares of one thing, of two people': [
    [
      'two shares of the vote won by two candidates',
      'Ole Brandt won 52 percent of the vote in Kelso on Sunday.',
      'Ada Lind won 48 percent of the vote in Kelso on Sunday.',
      'not contradicts',
    ],
    [
      'two tolls told by two named officials',
      'The Kelso flood killed 80 people, police chief Ole Brandt said.',
      'The Kelso flood killed 95 people, mayor Ada Lind said.',
      'contradicts',
    ],
  ],
  'strict and loose bounds': [
    [
      'a strict bound against a smaller value',
      'More than 100 people were killed in the Kelso flood.',
      'The Kelso flood killed 80 people.',
      'contradicts',
    ],
    [
      'a strict bound against a value past it',
      'More than 100 people were killed in the Kelso flood.',
      'The Kelso flood killed 104 people.',
      'not contradicts',
    ],
    [
      'a lower bound and a count past it (a bound leaves its top open)',
      'The Kelso quake destroyed several villages, killing at least three people.',
      'The Kelso quake destroyed several villages, killing 10 people.',
      'not contradicts',
    ],
    [
      'a lower bound and a count short of it',
      'The Kelso quake destroyed several villages, killing at least 12 people.',
      'The Kelso quake destroyed several villages, killing 10 people.',
      'contradicts',
    ],
    [
      'two estimates of one toll',
      'Officials estimate that 80 people died in the Kelso flood.',
      'Another estimate puts the Kelso flood toll at 120.',
      'not contradicts',
    ],
  ],
  'the event named by "it" or "the attack"': [
    [
      '"it" for the attack',
      'The attack on the Kelso market killed 12 people on Sunday.',
      'It killed 20 people, police in Kelso said.',
      'contradicts',
    ],
    [
      'a cumulative count against the first one',
      'The flood killed 80 people in Kelso, officials said on Monday.',
      'The death toll of the Kelso flood rose to 95 on Wednesday.',
      'not contradicts',
    ],
    [
      'a part against the whole',
      'The Kelso factory cut 300 jobs on Monday.',
      'The Kelso factory cut 120 jobs in its paint shop on Monday.',
      'not contradicts',
    ],
    [
      'a part told on both sides',
      'The Kelso factory cut 300 jobs in its paint shop on Monday.',
      'The Kelso factory cut 120 jobs in its paint shop on Monday.',
      'contradicts',
    ],
  ],
  'one quotation, two speakers': [
    [
      'the same words from another named speaker',
      '"We are aware of the problem at the Kelso pier," harbour master Ada Kowalczyk said in a statement.',
      '"We are aware of the problem at the Kelso pier," harbour master Ole Brandt said in a statement.',
      'contradicts',
    ],
    [
      'the same words from the same speaker',
      '"We are aware of the problem at the Kelso pier," harbour master Ada Kowalczyk said in a statement.',
      '"We are aware of the problem at the Kelso pier," Kowalczyk said in a statement.',
      'not contradicts',
    ],
    [
      'a speaker named on one side only',
      '"We are aware of the problem at the Kelso pier," harbour master Ada Kowalczyk said in a statement.',
      '"We are aware of the problem at the Kelso pier," the harbour master said.',
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
      'two games against two teams',
      'The Kelso Rovers beat the Velmar Stags 3-1 on Saturday.',
      'The Kelso Rovers beat the Dunmore Hawks 2-0 on Saturday.',
      'not contradicts',
    ],
  ],
  'lengths of time': [
    [
      'one length of one predicate',
      'Police in Kelso negotiated with the gunman for two hours.',
      'Police in Kelso negotiated with the gunman for three hours.',
      'contradicts',
    ],
    [
      'two lengths told by two other verbs',
      'What followed was a tense two hours while police in Kelso negotiated with the gunman.',
      'Police in Kelso locked down the neighbourhood for almost three hours while they negotiated with the gunman.',
      'not contradicts',
    ],
  ],
  'another of its kind': [
    [
      'another school set apart from the one attacked',
      'Three people were killed when the army shelled another school in Kelso on Tuesday.',
      'Forty people were killed when the army shelled a school in Kelso on Tuesday.',
      'not contradicts',
    ],
    [
      'the same school told of on both sides',
      'Three people were killed when the army shelled a school in Kelso on Tuesday.',
      'Forty people were killed when the army shelled a school in Kelso on Tuesday.',
      'contradicts',
    ],
    [
      'another teller, not another event',
      'Another news agency quoted the governor as saying five people were injured by the quake in Kelso.',
      'The quake in Kelso injured two people, the news agency said.',
      'contradicts',
    ],
  ],
  'opposite wordings': [
    [
      'rejected / approved',
      'The Velmar council rejected the harbour plan on Tuesday.',
      'The Velmar council approved the harbour plan on Tuesday.',
      'contradicts',
    ],
    [
      'dead / survived',
      'The pilot of the plane was killed in the crash near Kelso.',
      'The pilot of the plane survived the crash near Kelso.',
      'contradicts',
    ],
    [
      'acquitted / convicted',
      'A jury in Kelso acquitted Ole Brandt of fraud on Friday.',
      'A jury in Kelso convicted Ole Brandt of fraud on Friday.',
      'contradicts',
    ],
    [
      'denied / admitted',
      'Ole Brandt denied taking the bribe, his lawyer said.',
      'Ole Brandt admitted taking the bribe, his lawyer said.',
      'contradicts',
    ],
    [
      'planned against happened',
      'The Velmar council is expected to approve the harbour plan next week.',
      'The Velmar council rejected the harbour plan on Tuesday.',
      'not contradicts',
    ],
    [
      'other subjects',
      'The pilot of the plane was killed in the crash near Kelso.',
      'Two passengers survived the crash near Kelso.',
      'not contradicts',
    ],
  ],
  'another date or place of the same event': [
    ['another day', 'The storm hit Kelso on Sunday.', 'The storm hit Kelso on Monday.', 'contradicts'],
    [
      'another year, told by another verb of one class',
      'Ole Brandt was ousted from the Velmar board in 2002 after a power struggle with its chairman.',
      'Ole Brandt was once the head of the Velmar board, but was ejected from it in 2003 by its chairman.',
      'contradicts',
    ],
    [
      'planned for one day, happened on another',
      'The storm is expected to hit Kelso on Sunday.',
      'The storm hit Kelso on Monday.',
      'not contradicts',
    ],
  ],
};

for (const [kind, cases] of Object.entries(KINDS))
  describe(`contradiction kinds: ${kind}`, () => {
    testVerdicts(cases);
  });
