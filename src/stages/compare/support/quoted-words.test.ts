import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (trust29a, newuser7's finding 13): a claim that quotes words is stated only by a
// sentence that holds those words, in any quotation form; a shorter quotation of the same speaker
// ("called the plan "cruel"") does not say she used the longer one.
const CASES: readonly VerdictCase[] = [
  [
    'a shorter quotation does not state the longer one',
    'Opposition councillor Mira Talve said the rent plan was "cruel to young renters".',
    'Opposition councillor Mira Talve called the rent plan "cruel".',
    'not supports',
  ],
  [
    'nor does one cut short with the same verb',
    'Harbour chief Ivo Rask said the new tariff was "a disaster for small fishermen".',
    'Harbour chief Ivo Rask said the new tariff was "a disaster".',
    'not supports',
  ],
  [
    'the same words quoted in the other order of speaker and verb',
    'Opposition councillor Mira Talve said the rent plan was "cruel to young renters".',
    'The rent plan is "cruel to young renters", said opposition councillor Mira Talve.',
    'supports',
  ],
  [
    'the quoted words in single marks',
    'Opposition councillor Mira Talve said the rent plan was "cruel to young renters".',
    "Opposition councillor Mira Talve said the rent plan was 'cruel to young renters'.",
    'supports',
  ],
  [
    'a scare-quoted name told without marks',
    'Osk Bellam, long known as "the Ferry King", runs a fleet of 40 boats in Vessby.',
    'Osk Bellam, long known as the Ferry King, runs a fleet of 40 boats in Vessby.',
    'supports',
  ],
];

describe("a claim's quoted words held by its supporter (invented pairs)", () => testVerdicts(CASES));
