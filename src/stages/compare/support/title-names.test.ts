import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (newuser22 #7): the capitalised title before a person's name ("Interior Minister")
// is no name the candidate must give when it names the person; a place or body beside it still is.
const CASES: VerdictCase[] = [
  [
    'the person named without the title',
    'Interior Minister Ilse Varga said the government would appeal the ruling.',
    'Varga said the government would appeal the ruling.',
    'supports',
  ],
  [
    'a place the candidate leaves out is still missing',
    'Interior Minister Ilse Varga said the government would appeal the Kessby ruling.',
    'Varga said the government would appeal the ruling.',
    'not supports',
  ],
  [
    'the title given with nobody named',
    'Interior Minister Ilse Varga said the government would appeal the ruling.',
    'The interior minister said the government would appeal the ruling.',
    'not supports',
  ],
];

describe('support: a title before a person both name', () => testVerdicts(CASES));
