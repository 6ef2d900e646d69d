import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs the other side of false-support.test.ts's: the candidate tells the claim otherwise
// (another wording of a figure, another order, an attribution, a surname, another voice or verb form)
// and still states it.
const TOLD_OTHERWISE: [string, string, string][] = [
  [
    'a fraction told as a percent',
    'Half of the voters in Dunmore backed the harbour plan in the referendum on Sunday.',
    'Fifty percent of the voters in Dunmore backed the harbour plan in the referendum on Sunday.',
  ],
  [
    'a number with its fraction told in digits',
    'The rescue of the Ardmere miners took four and a half hours on Friday.',
    'The rescue of the Ardmere miners took 4 1/2 hours on Friday.',
  ],
  [
    'a number with its fraction told with a hyphen',
    'Ray Dunmore was sentenced to two and a half years in prison on Monday.',
    'Ray Dunmore was sentenced to 2-1/2 years in prison on Monday.',
  ],
  [
    'a change told by the same link',
    'Unemployment in Valdoria rose by 2 percent in March.',
    'In March, unemployment in Valdoria rose by 2 percent.',
  ],
  [
    'more than 10 is stated by 14',
    'More than 10 people were killed in the fire at the Pellworth market on Saturday.',
    'Fourteen people were killed in the fire at the Pellworth market on Saturday.',
  ],
  [
    'what police said is stated',
    'The Vessmark council closed the harbour pier on Monday.',
    'The Vessmark council closed the harbour pier on Monday, officials said.',
  ],
  [
    'an attempt told as an attempt',
    'A man tried to rob the Vessmark bank on Monday.',
    'A man tried to rob the Vessmark bank on Monday, police said.',
  ],
  [
    'the person named again by surname, passive voice',
    'Police arrested Ray Dunmore in Vessmark on Monday over the robbery.',
    'Dunmore was arrested by police in Vessmark on Monday over the robbery.',
  ],
  [
    'an irregular form of a verb of the same class ("died" / "killed")',
    'The explosion at the Ardmere chemical plant killed 12 workers on Tuesday.',
    'Twelve workers died in the explosion at the Ardmere chemical plant on Tuesday.',
  ],
  [
    'an irregular participle in the passive ("was beaten by")',
    'Anna Wu beat Mia Reyes in the final in Lisbon on Sunday.',
    'Mia Reyes was beaten by Anna Wu in the final in Lisbon on Sunday.',
  ],
  [
    'a condition told before or after the predicate',
    'If talks fail, the union will strike at the Vessmark port on Monday.',
    'The union will strike at the Vessmark port on Monday if talks fail.',
  ],
];

describe('support told otherwise, still stated', () => {
  for (const [name, claim, evidence] of TOLD_OTHERWISE)
    test(name, () => {
      assert.equal(judgementOf(claim, evidence).verdict, 'supports');
    });
});
