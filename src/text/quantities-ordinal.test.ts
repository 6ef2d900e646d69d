import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from '../stages/compare/support/verdict-of.ts';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { stem } from './normalise.ts';
import { type ClaimFigure, surelySameQuantity, valuesAgree } from './quantities.ts';

// Invented sentences: ranks and "a" unit of time are figures; dates and compounds are not ranks.
const CASES: [string, Partial<ClaimFigure>[]][] = [
  [
    'The ferry broke down for the third time this year.',
    [{ value: 3, unit: 'ordinal', counts: stem('time') }],
  ],
  ['Dunmore won his 21st title in Vessmark.', [{ value: 21, unit: 'ordinal', counts: stem('title') }]],
  ['Vessmark marked the twenty-first anniversary.', [{ value: 21, unit: 'ordinal' }]],
  [
    'The pier reopened less than a month after the storm.',
    [{ value: 30, unit: 'days', qualifier: 'less than' }],
  ],
  ['The talks ran for a week.', [{ value: 7, unit: 'days', qualifier: null }]],
  ['The repairs took more than a year.', [{ value: 365, unit: 'days', qualifier: 'more than' }]],
  // a day of a month, a compound adjective, "first", a unit of time that is a rate, a lone article
  ['The vote is on the 21st of May.', []],
  ['The vote is on May 21st.', []],
  ['A third-party vendor ran the second-largest port.', []],
  ['It was the first time the ferry broke down.', []],
  ['Pilots earn $500 a day.', [{ value: 500, unit: 'USD', rate: 'day' }]],
  ['A month of rain fell on the town.', []],
];

for (const [sentence, expected] of CASES)
  test(`ranks and "a" unit of time: ${sentence}`, () => {
    const found = figuresOf(sentence);
    assert.equal(found.length, expected.length, JSON.stringify(found));
    expected.forEach((want, i) => {
      for (const [key, value] of Object.entries(want))
        assert.deepEqual(found[i]?.[key as keyof ClaimFigure], value, key);
    });
  });

test('"less than a month" is a bound: six weeks is outside it, 27 days inside', () => {
  const [month] = figuresOf('The pier reopened less than a month after the storm.');
  const [six] = figuresOf('The pier reopened six weeks after the storm.');
  const [days] = figuresOf('The pier reopened 27 days after the storm.');
  assert.ok(month && six && days);
  assert.equal(valuesAgree(month, six), false);
  assert.equal(valuesAgree(month, days), true);
});

test('two ranks are never surely one quantity (two rounds of two fights)', () => {
  const [a] = figuresOf('Dunmore stopped Bright in the seventh round.');
  const [b] = figuresOf('Dunmore stopped Okafor in the sixth round.');
  assert.ok(a && b);
  assert.equal(surelySameQuantity(a, b), false);
});

// A supporter must tell the claim's rank and its bound, in any written form ('not': anything but supports).
const JUDGED: [string, string, 'supports' | 'not'][] = [
  [
    'The Vessmark ferry broke down for the third time on Monday.',
    'The Vessmark ferry broke down for the second time on Monday.',
    'not',
  ],
  [
    'The Vessmark ferry broke down for the third time on Monday.',
    'On Monday the Vessmark ferry broke down for the 3rd time.',
    'supports',
  ],
  [
    'The Vessmark pier reopened less than a month after the storm.',
    'The Vessmark pier reopened six weeks after the storm.',
    'not',
  ],
];

for (const [claim, evidence, verdict] of JUDGED)
  test(`judged ${verdict}: ${claim} / ${evidence}`, () => {
    const got = judgementOf(claim, evidence).verdict;
    if (verdict === 'supports') assert.equal(got, 'supports');
    else assert.notEqual(got, 'supports');
  });
