import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser17 #15: a toll that rose from two to four across outlets' articles, told in sentences that
// each tell more ("… and damaged around 140 homes"), was no difference at all (two counts of
// "people"): it is one measure, an update. Told at one time, two counts are no update. Invented.
const story = (later: string) =>
  runCompare([
    [
      'Storm Brannoc killed two people in Quellport on Friday night and damaged around 140 homes, fire officers said.\n\nA falling tree crushed a van on Mill Lane.',
      { outlet: 'Quellport Mercury', publishedAt: '2026-03-07T08:00:00Z' },
    ],
    [
      'Two people died and about 140 homes were damaged when Storm Brannoc struck Quellport overnight on Friday, the county fire service said.',
      { outlet: 'Harl Radio', publishedAt: '2026-03-07T09:00:00Z' },
    ],
    [
      'The number of people killed by Storm Brannoc in Quellport has risen to four, the county fire service said on Sunday.\n\nTwo more bodies were found in a collapsed boathouse.',
      { outlet: 'Coast Herald', publishedAt: later },
    ],
    [
      'Four people died in the storm and 310 homes were damaged, according to the fire service.\n\nInsurers put the damage at £18 million.',
      { outlet: 'Bay Post', publishedAt: later },
    ],
  ]).result.differences ?? [];

test('a toll given anew on a later day is one measure, an update 2 → 4', () => {
  const tolls = story('2026-03-08T09:00:00Z').filter((d) => d.sides.some((s) => s.value?.number === 4));
  assert.equal(tolls.length, 1, JSON.stringify(tolls));
  assert.equal(tolls[0]?.update, true);
  assert.deepEqual(
    tolls[0]?.sides.map((s) => s.value?.number),
    [2, 4],
  );
});

test('two counts told at one time are no update', () => {
  const tolls = story('2026-03-07T08:30:00Z').filter((d) => d.sides.some((s) => s.value?.number === 4));
  assert.ok(
    tolls.every((d) => !d.update),
    JSON.stringify(tolls),
  );
});
