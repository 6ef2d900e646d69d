import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: two values that look like one measure told twice, kept apart by the guards of
// apart.ts and contradicts.ts (issue 10: false contradictions on the dev audit round
// dev-contra-2026-12-03), each beside a case the guard leaves a contradiction.
const CASES: readonly VerdictCase[] = [
  [
    'counts of two things named',
    'The coastguard cutter Halder captured three boats in the Vessmark strait.',
    'The coastguard cutter Halder captured 23 smugglers in the Vessmark strait.',
    'not contradicts',
  ],
  [
    'a vague size is no value',
    'The Velmar flood killed 12 people and hundreds of sheep.',
    'The Velmar flood killed hundreds of people.',
    'not contradicts',
  ],
  [
    'two floors both hold',
    'The Velmar flood killed at least 30 people in Ostbury.',
    'The Velmar flood killed more than 40 people in Ostbury.',
    'not contradicts',
  ],
  [
    'a total of several events against one count',
    'The Halder crew seized six rifles from the Vessmark trawler.',
    'The Halder crew has so far seized 14 rifles from Vessmark trawlers.',
    'not contradicts',
  ],
  [
    'a further one',
    'Ole Brandt received another three-year sentence in Vessmark.',
    'Ole Brandt is serving a 15-year sentence in Vessmark.',
    'not contradicts',
  ],
  [
    'distances from two places',
    'The Velmar quake was centred two miles east of Ostbury.',
    'The Velmar quake was centred five miles south of Vessmark.',
    'not contradicts',
  ],
  [
    'one day named alike: one count',
    'The Vessmark ferry carried 212 passengers to Lunde on Saturday.',
    'The Vessmark ferry carried 240 passengers to Lunde on Saturday.',
    'contradicts',
  ],
  [
    'nothing named on both sides: two events of one kind',
    'The striker missed eight games with a broken leg.',
    'He missed four games after knee surgery.',
    'not contradicts',
  ],
  [
    'a record kept over a season is of a day',
    'The Vessmark Hawks have a record of 9-14 this season.',
    'The Vessmark Hawks finished with a 40-32 record.',
    'not contradicts',
  ],
  [
    'a sentence giving two ages names no one person',
    'Twelve- and 15-year-old girls cannot consent under Ostland law.',
    'The jury heard a recording of the 11-year-old girl.',
    'not contradicts',
  ],
  [
    'a day denied is no day of the event',
    'It is not Market Tuesday, but the Vessmark council has closed the square.',
    'The Vessmark council closed the square on Wednesday.',
    'not contradicts',
  ],
  [
    'one day of one event, of one council',
    'The Vessmark council closed the square on Tuesday.',
    'The Vessmark council closed the square on Wednesday.',
    'contradicts',
  ],
  [
    "goods of two countries (a people's word before what is counted)",
    'The Vessmark government imposed new tariffs on $60 billion of Finnish goods on Monday.',
    'The Vessmark government imposed new tariffs on $34 billion of Icelandic goods on Monday.',
    'not contradicts',
  ],
  [
    'goods of one country, two values',
    'The Vessmark government imposed new tariffs on $60 billion of Finnish goods on Monday.',
    'The Vessmark government imposed new tariffs on $34 billion of Finnish goods on Monday.',
    'contradicts',
  ],
];

describe('contradiction guards: values kept apart', () => testVerdicts(CASES));
