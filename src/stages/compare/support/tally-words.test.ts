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
];

describe('a tally told in words', () => testVerdicts(CASES));
