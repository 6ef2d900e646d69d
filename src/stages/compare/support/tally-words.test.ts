import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// session 31 (issue 10): a vote told in words by every outlet ("by five votes to four" / "voted five
// to four") found no supporter: the bare "four" was no figure the supporter held. A tally both
// sentences tell alike holds both its counts (text/tally.ts reads counts in words). Invented pairs.
const CASES: VerdictCase[] = [
  [
    'one tally in words, with and without its counted noun',
    'Councillors in Veldmoor voted by five votes to four on Sunday evening to close Brenning Primary School.',
    'Veldmoor County Council voted five to four in favour of the plan to close Brenning Primary School on Sunday evening.',
    'supports',
  ],
  [
    'one tally in digits and in words',
    'Councillors in Veldmoor voted by 5 votes to 4 on Sunday evening to close Brenning Primary School.',
    'Veldmoor County Council voted five to four in favour of the plan to close Brenning Primary School on Sunday evening.',
    'supports',
  ],
  [
    'another tally does not hold the counts',
    'Councillors in Veldmoor voted by five votes to four on Sunday evening to close Brenning Primary School.',
    'Veldmoor County Council voted five to three in favour of the plan to close Brenning Primary School on Sunday evening.',
    'not supports',
  ],
  [
    'a tally does not hold a count it does not tell',
    'Councillors in Veldmoor voted by five votes to four on Sunday evening to close Brenning Primary School and its 112 places.',
    'Veldmoor County Council voted five to four in favour of the plan to close Brenning Primary School on Sunday evening.',
    'not supports',
  ],
  // midreview31 findings 1 and 4: odds, a mood or a clock time after a vote is no count of it
  [
    'the odds on a vote are no tally of it',
    'The odds on the Kelso pool vote were five to one on Monday.',
    'The Kelso pool vote was seven to two on Monday.',
    'not contradicts',
  ],
  [
    'the mood before a vote is no tally of it',
    'Before the vote the mood in the Kelso council was three to one against closing the pool.',
    'The Kelso council vote was seven to two on Monday.',
    'not contradicts',
  ],
  [
    'a vote at ten to nine is a time, no tally',
    'The Kelso council vote at ten to nine was close.',
    'The Kelso council vote was seven to two on Monday.',
    'not contradicts',
  ],
  [
    'two tallies of one vote after a copula still clash',
    'The Kelso pool vote was five to four on Monday.',
    'The Kelso pool vote was seven to two on Monday.',
    'contradicts',
  ],
  // midreview31 finding 13: a figure whose value is a count of the shared tally, outside it
  [
    'a shared tally in words holds no other number of its value',
    'The Kelso council voted five to four on Monday to cut four jobs at the pool.',
    'The Kelso council voted five to four on Monday to cut jobs at the pool.',
    'not supports',
  ],
  [
    'a shared tally with a dash holds no other number of its value',
    'The Kelso council voted 5-4 on Monday to cut 5 jobs at the pool.',
    'The Kelso council voted 5-4 on Monday to cut jobs at the pool.',
    'not supports',
  ],
];

describe('a tally told in words', () => testVerdicts(CASES));
