import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: one event dated twice, and look-alikes that are two events.
const CASES: readonly VerdictCase[] = [
  [
    'another weekday, told by one verb',
    'Harbour police arrested Ole Brandt on Friday after a long search along the northern coast of Vessmark island.',
    'On Thursday, harbour police arrested Brandt.',
    'contradicts',
  ],
  [
    'another year, told by one verb',
    'In 1969, Brandt was indicted in Velmar on a charge of bribing the whole harbour police.',
    'In 1970, Brandt was indicted for bribing the entire harbour police force of Velmar, a small port where he had moved.',
    'contradicts',
  ],
  [
    'another weekday of a passive verb, past its agent',
    'Vessmark was among three towns labeled “flood zones” by the Velmar water board on Sunday and told to build new levees.',
    'Following a storm last month, the Velmar water board on Monday labeled Vessmark, Ardmere and Lund as “flood zones” and ordered new levees.',
    'contradicts',
  ],
  [
    'a date of a form of "be" is not of the verb after it',
    'Holm was a second-round draft choice of the Vessmark club in 1978 and played for 11 seasons with the team.',
    'Holm was one of the most popular Vessmark players from 1978-89 and played on the last Vessmark championship team in 1983.',
    'not contradicts',
  ],
  [
    'one announcement of one thing on two days',
    'Ostcorp announced on Tuesday that it has signed a definitive agreement to acquire Velmar Chips.',
    'Ostcorp Monday announced it has signed an agreement to acquire the chip maker Velmar Chips for an undisclosed sum.',
    'contradicts',
  ],
  [
    'one thing said on two days',
    'Ostcorp said on Tuesday that it has signed a definitive agreement to acquire Velmar Chips.',
    'Ostcorp said Monday it has signed an agreement to acquire the chip maker Velmar Chips for an undisclosed sum.',
    'not contradicts',
  ],
  [
    'a day word beside the weekday may date another part',
    'Wednesday afternoon, the Vessmark club signed rookie Ida Berg from the Velmar squad.',
    'The Vessmark club signed Ola Lind on Tuesday and Ida Berg today off the Velmar squad.',
    'not contradicts',
  ],
  [
    'one verb, other participants',
    'The Vessmark club placed Pierre Holm on injured reserve Wednesday because of an ankle injury.',
    'The Vessmark club placed rookie Chris Vang on injured reserve Tuesday, another blow to its season.',
    'not contradicts',
  ],
  [
    'a decade is no year',
    'In 1957, Page disappeared from the Velmar stage and the public eye.',
    'By the late 1950s, Page had disappeared from the Velmar stage, having retreated to her family.',
    'not contradicts',
  ],
  [
    'the verb nearest each year is another',
    'She began singing in 1950 when she met the Velmar bandleader Jerry Tibbs.',
    'Her singing career began after she divorced Neal in 1947 when she met a bandleader.',
    'not contradicts',
  ],
];

describe('dates of one event', () => {
  testVerdicts(CASES);
});
