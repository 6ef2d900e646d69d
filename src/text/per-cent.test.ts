import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { stem } from './normalise.ts';

// Invented sentences: "per cent", which the tokeniser splits in two, is a percent as "percent" is,
// after digits and after a number in words ("Seventy-one per cent of members", as news style opens a
// sentence), and it ends the figure, so what follows is what it counts.
const CASES: [string, { value: number; unit: string; counts: string | null; worded: boolean }][] = [
  [
    'Seventy-one per cent of union members who voted were in favour.',
    { value: 71, unit: 'percent', counts: stem('members'), worded: true },
  ],
  [
    'They said sixty per cent of the drivers voted.',
    { value: 60, unit: 'percent', counts: null, worded: true },
  ],
  [
    'The union said 71 per cent of members backed the offer.',
    { value: 71, unit: 'percent', counts: stem('members'), worded: false },
  ],
  ['Fares will rise by 4 per cent in May.', { value: 4, unit: 'percent', counts: null, worded: false }],
];

for (const [sentence, want] of CASES)
  test(`a percent in two words: ${sentence}`, () => {
    const [found, ...rest] = figuresOf(sentence);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      { value: found?.value, unit: found?.unit, counts: found?.counts, worded: found?.worded },
      want,
    );
  });

test('the near end of a range takes "per cent" from the far end', () => {
  const found = figuresOf('Between 40 and 80 per cent of the stops will close.');
  assert.deepEqual(
    found.map((f) => [f.value, f.unit]),
    [
      [40, 'percent'],
      [80, 'percent'],
    ],
  );
});
