import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Issue 10's kinds of contradiction, each with invented true contradictions and look-alikes that are
// not contradictions. A case marked `todo` is one the judge does not get right yet: it runs, and is
// reported, but does not fail the suite (the rule it needs could not be measured on the dev half).

const KINDS: Record<string, readonly VerdictCase[]> = {
  'the event named by "it" or "the attack"': [
    [
      '"it" for the attack',
      'The attack on the Vessmark market killed 12 people on Sunday.',
      'It killed 20 people, police in Vessmark said.',
      'contradicts',
    ],
    [
      'a cumulative count against the first one',
      'The flood killed 80 people in Vessmark, officials said on Monday.',
      'The death toll of the Vessmark flood rose to 95 on Wednesday.',
      'not contradicts',
    ],
    [
      'a part against the whole',
      'The Vessmark factory cut 300 jobs on Monday.',
      'The Vessmark factory cut 120 jobs in its paint shop on Monday.',
      'not contradicts',
    ],
    [
      'a part told on both sides',
      'The Vessmark factory cut 300 jobs in its paint shop on Monday.',
      'The Vessmark factory cut 120 jobs in its paint shop on Monday.',
      'contradicts',
    ],
  ],
  'one quotation, two speakers': [
    [
      'the same words from another named speaker',
      '"We are aware of the problem at the Vessmark pier," harbour master Ada Kowalczyk said in a statement.',
      '"We are aware of the problem at the Vessmark pier," harbour master Ole Brandt said in a statement.',
      'contradicts',
    ],
    [
      'the same words from the same speaker',
      '"We are aware of the problem at the Vessmark pier," harbour master Ada Kowalczyk said in a statement.',
      '"We are aware of the problem at the Vessmark pier," Kowalczyk said in a statement.',
      'not contradicts',
    ],
    [
      'a speaker named on one side only',
      '"We are aware of the problem at the Vessmark pier," harbour master Ada Kowalczyk said in a statement.',
      '"We are aware of the problem at the Vessmark pier," the harbour master said.',
      'not contradicts',
    ],
  ],
  'another of its kind': [
    [
      'another school set apart from the one attacked',
      'Three people were killed when the army shelled another school in Vessmark on Tuesday.',
      'Forty people were killed when the army shelled a school in Vessmark on Tuesday.',
      'not contradicts',
    ],
    [
      'the same school told of on both sides',
      'Three people were killed when the army shelled a school in Vessmark on Tuesday.',
      'Forty people were killed when the army shelled a school in Vessmark on Tuesday.',
      'contradicts',
    ],
    [
      'another teller, not another event',
      'Another news agency quoted the governor as saying five people were injured by the quake in Vessmark.',
      'The quake in Vessmark injured two people, the news agency said.',
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
      'The pilot of the plane was killed in the crash near Vessmark.',
      'The pilot of the plane survived the crash near Vessmark.',
      'contradicts',
    ],
    [
      'acquitted / convicted',
      'A jury in Vessmark acquitted Ole Brandt of fraud on Friday.',
      'A jury in Vessmark convicted Ole Brandt of fraud on Friday.',
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
      'The pilot of the plane was killed in the crash near Vessmark.',
      'Two passengers survived the crash near Vessmark.',
      'not contradicts',
    ],
  ],
  'another date or place of the same event': [
    ['another day', 'The storm hit Vessmark on Sunday.', 'The storm hit Vessmark on Monday.', 'contradicts'],
    [
      'another year, told by another verb of one class',
      'Ole Brandt was ousted from the Velmar board in 2002 after a power struggle with its chairman.',
      'Ole Brandt was once the head of the Velmar board, but was ejected from it in 2003 by its chairman.',
      'contradicts',
    ],
    [
      'one main verb ("begun" / "began"), each day of another verb: two events, not two days of one',
      'The clean-up has begun in the Quayside district of Vessmark, where the River Orrin flooded homes on Monday.',
      'Residents of the Quayside district of Vessmark began returning to their homes on Wednesday, after the River Orrin flooded them.',
      'not contradicts',
    ],
    [
      'two finds of two things on two days, not one find on two days',
      "The hiker Mara Lind was found alive in a shepherds' hut near Kessby on Friday morning.",
      'Her car was found at the Kessby car park on Thursday morning.',
      'not differs',
    ],
    [
      'one find of one thing on two days',
      'Her car was found at the Kessby car park on Friday morning.',
      'The car was found at the Kessby car park on Thursday morning.',
      'contradicts',
    ],
    [
      'planned for one day, happened on another',
      'The storm is expected to hit Vessmark on Sunday.',
      'The storm hit Vessmark on Monday.',
      'not contradicts',
    ],
  ],
};

for (const [kind, cases] of Object.entries(KINDS))
  describe(`contradiction kinds: ${kind}`, () => {
    testVerdicts(cases);
  });
