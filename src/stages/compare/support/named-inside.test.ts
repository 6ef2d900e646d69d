import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// A place or body one article names alone and the other only inside a longer name: the extract stage
// keys "Veldshire" and "Veldshire County Council" apart, so the claim's place was not told (newuser9's
// school story: no fact corroborated, though all four outlets told the vote). Invented pairs.
const CASES: VerdictCase[] = [
  [
    "the county inside its council's name",
    'Councillors in Veldshire have voted to close Brenning Primary School.',
    'Veldshire County Council voted by five votes to four on Sunday evening to close Brenning Primary School at the end of the school year.',
    'supports',
  ],
  [
    "a town of two words inside its police department's name",
    'Police in Ostrava Falls arrested two men after the robbery.',
    'Ostrava Falls Police Department arrested two men after the robbery.',
    'supports',
  ],
  [
    "the town inside its club's name",
    'Fans in Corvale celebrated the win on Sunday.',
    'Corvale United fans celebrated the win on Sunday.',
    'supports',
  ],
  [
    "another county's council does not tell it",
    'Councillors in Veldshire have voted to close Brenning Primary School.',
    'Ostmark County Council voted on Sunday to close Brenning Primary School.',
    'not supports',
  ],
];

describe('a name told inside a longer name', () => testVerdicts(CASES));
