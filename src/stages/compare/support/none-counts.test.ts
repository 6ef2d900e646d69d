import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// None of a measure on one side, a count of it on the other (none-counts.ts).
describe('none against some', () => {
  testVerdicts([
    [
      'nobody killed against a toll',
      'Nobody was killed in the Vessmark quake.',
      'The Vessmark quake killed four people.',
      'contradicts',
    ],
    [
      'none of those aboard against a count of them',
      'None of the passengers on the Vessmark ferry was hurt.',
      'Four passengers on the Vessmark ferry were hurt.',
      'contradicts',
    ],
    [
      'no casualties against deaths',
      'The Vessmark quake on Sunday caused no casualties.',
      'The Vessmark quake on Sunday killed two people.',
      'contradicts',
    ],
    [
      'no arrests against arrests',
      'No arrests have been made over the Vessmark attack.',
      'Police arrested two men over the Vessmark attack.',
      'contradicts',
    ],
    [
      'none of one measure, a count of another',
      'No one died in the Vessmark fire.',
      'Three people were injured in the Vessmark fire.',
      'not contradicts',
    ],
    [
      'no serious injuries against injuries',
      'There were no serious injuries in the Vessmark crash.',
      'Two people were injured in the Vessmark crash.',
      'not contradicts',
    ],
    [
      'none among some people against a toll',
      'No deaths were reported among the nine lifeguards at the Vessmark beach.',
      'Two swimmers died at the Vessmark beach.',
      'not contradicts',
    ],
    [
      'none since a day against a toll',
      'Nobody has died in the Vessmark flood since Sunday.',
      'The Vessmark flood killed five people.',
      'not contradicts',
    ],
    [
      'none in the past week against a toll',
      'In the past week no one has died of cholera at the Vessmark camp.',
      'Cholera has killed six people at the Vessmark camp.',
      'not contradicts',
    ],
    [
      'bare none reported against a toll',
      'No deaths were reported in the Vessmark flood.',
      'The Vessmark flood killed five people.',
      'contradicts',
    ],
  ]);
});
