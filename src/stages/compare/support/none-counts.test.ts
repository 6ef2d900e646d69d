import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// None of a measure on one side, a count of it on the other (none-counts.ts).
describe('none against some', () => {
  testVerdicts([
    [
      'nobody killed against a toll',
      'Nobody was killed in the Kelso quake.',
      'The Kelso quake killed four people.',
      'contradicts',
    ],
    [
      'none of those aboard against a count of them',
      'None of the passengers on the Kelso ferry was hurt.',
      'Four passengers on the Kelso ferry were hurt.',
      'contradicts',
    ],
    [
      'no casualties against deaths',
      'The Kelso quake on Sunday caused no casualties.',
      'The Kelso quake on Sunday killed two people.',
      'contradicts',
    ],
    [
      'no arrests against arrests',
      'No arrests have been made over the Kelso attack.',
      'Police arrested two men over the Kelso attack.',
      'contradicts',
    ],
    [
      'none of one measure, a count of another',
      'No one died in the Kelso fire.',
      'Three people were injured in the Kelso fire.',
      'not contradicts',
    ],
    [
      'no serious injuries against injuries',
      'There were no serious injuries in the Kelso crash.',
      'Two people were injured in the Kelso crash.',
      'not contradicts',
    ],
  ]);
});
