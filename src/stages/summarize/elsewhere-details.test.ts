import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertToldElsewhere, summarized } from './test-story.ts';

// Three invented outlets on one border: each tells the daily count of crossings in its own wording, one
// as an average with the month, one as a bound with "this month", one as an estimate naming the
// country; the month and the country are told by other sentences of the other outlets.
const CROSSINGS = [
  {
    outlet: 'Northern Ledger',
    text: 'Ministers of Valdoria and Orvania met in Kelmar on Tuesday to discuss the northern border.\n\nIn March alone, border officials reported seeing a daily average of 9,000 migrant crossings at the northern border.\n\nSince 2019, Arlo county police have arrested 9,000 migrants under a local program.\n\nThe ministers agreed to meet again in the summer.',
  },
  {
    outlet: 'Kelmar Post',
    text: 'The ministers of Valdoria and Orvania held talks in Kelmar on Tuesday about the border.\n\nThis month, as many as 9,000 migrants were detained daily at the northern border.\n\nThe talks in March were the first since the border camps were cleared.\n\nA ferry line to Orvania was closed after a storm.',
  },
  {
    outlet: 'Orvania Daily',
    text: 'Valdoria and Orvania held border talks in Kelmar on Tuesday.\n\nThe northern border is under strain, with an estimated 9,000 people crossing into Valdoria illegally every day.\n\nFarmers near the border say fences were cut in the spring.',
  },
];

test('one daily count told as an average, a bound and an estimate is not one source’s', () => {
  const { comparison } = summarized(CROSSINGS, 60);
  const single = comparison.facts.filter((f) => /9,000/.test(f.text) && f.status === 'single-source');
  assert.ok(single.length >= 2, single.map((f) => f.text).join(' | '));
  assertToldElsewhere(CROSSINGS, /daily average of 9,000|as many as 9,000|estimated 9,000/, [
    // another count of the same size, with no rate and its own span of years, stays one outlet's
    /arrested 9,000 migrants/,
    /ferry line to Orvania/,
  ]);
});

// The same count, told with a place no other outlet names anywhere: that detail is the outlet's own.
const OWN_PLACE = [
  {
    outlet: 'Northern Ledger',
    text: 'Ministers of Valdoria and Orvania met in Kelmar on Tuesday to discuss the northern border.\n\nAt the Dunmere crossing alone, border officials counted an average of 4,000 migrants a day.\n\nThe ministers agreed to meet again in the summer.',
  },
  {
    outlet: 'Kelmar Post',
    text: 'The ministers of Valdoria and Orvania held talks in Kelmar on Tuesday about the border.\n\nAs many as 4,000 migrants a day were detained at the northern border.\n\nA ferry line to Orvania was closed after a storm.',
  },
];

test('a count told elsewhere with a place no other source names stays listed', () => {
  const points = summarized(OWN_PLACE, 60)
    .out.points.filter((p) => p.kind === 'single-source')
    .map((p) => p.text);
  assert.ok(
    points.some((t) => /Dunmere crossing/.test(t)),
    points.join(' | '),
  );
});
