import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs by kind of false support told by a figure: the candidate is about the same thing, and
// a figure that differs a little (a bound, a share, a change, a rate, a rank, a fraction, an age) makes
// it not state the claim. Other kinds: false-support.test.ts.
const KINDS: VerdictCase[] = [
  // numbers: a strict bound is not its own value
  [
    'more than 10 is not 10',
    'More than 10 people were killed in the fire at the Pellworth market on Saturday.',
    'Ten people were killed in the fire at the Pellworth market on Saturday.',
    'not supports',
  ],
  [
    'a fraction is a share the supporter must tell',
    'Nearly half of the voters in Dunmore backed the harbour plan in the referendum on Sunday.',
    'About 30 percent of the voters in Dunmore backed the harbour plan in the referendum on Sunday.',
    'not supports',
  ],
  [
    'fewer than 20 is not 20',
    'Fewer than 20 workers turned up at the Vessmark shipyard on Monday.',
    'Twenty workers turned up at the Vessmark shipyard on Monday.',
    'not supports',
  ],
  [
    'the change is not the level it reached',
    'Unemployment in Valdoria rose by 2 percent in March.',
    'Unemployment in Valdoria rose to 2 percent in March.',
    'not supports',
  ],
  [
    'a yearly amount is not a total',
    'The company earns $5 million a year from the Vessmark plant.',
    'The company has earned $5 million from the Vessmark plant.',
    'not supports',
  ],
  [
    'the first is not the second',
    'Anna Wu won her first title in Lisbon on Sunday.',
    'Anna Wu won her second title in Lisbon on Sunday.',
    'not supports',
  ],
  // a whole number with its fraction is one value: "four hours" does not state "four and a half"
  [
    'four hours is not four and a half hours',
    'The rescue of the Ardmere miners took four and a half hours on Friday.',
    'The rescue of the Ardmere miners took four hours on Friday.',
    'not supports',
  ],
  [
    'two years is not 2-1/2 years',
    'Ray Dunmore was sentenced to 2-1/2 years in prison on Monday.',
    'Ray Dunmore was sentenced to two years in prison on Monday.',
    'not supports',
  ],
  [
    'a year and a half is not a year',
    'The Vessmark pier has been closed for a year since the storm.',
    'The Vessmark pier has been closed for a year and a half since the storm.',
    'not supports',
  ],
  [
    'an age is not a count',
    'The 34 miners were rescued from the Ardmere mine on Friday.',
    'The miner, 34, was rescued from the Ardmere mine on Friday.',
    'not supports',
  ],
];

describe('false support, by kind: figures', () => testVerdicts(KINDS));
