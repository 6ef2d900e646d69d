import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { stem } from './normalise.ts';
import { type ClaimFigure, sameQuantity, valuesAgree } from './quantities.ts';

// Comparing figures: whether two tell the same quantity (sameQuantity) and whether their values agree
// within what their qualifiers and written precision allow (valuesAgree).

const fig = (value: number, low: number, high: number, extra: Partial<ClaimFigure> = {}): ClaimFigure => ({
  value,
  low: value * low,
  high: value * high,
  unit: null,
  counts: stem('migrants'),
  qualifier: null,
  rate: 'day',
  frame: null,
  span: { start: 0, end: 1 },
  figureId: null,
  context: [],
  ...extra,
});

test('values agree within their qualifiers', () => {
  const rows: [ClaimFigure, ClaimFigure, boolean][] = [
    [fig(50_000, 0.85, 1), fig(48_000, 0.97, 1.03), true], // nearly 50,000 vs 48,000
    [fig(10_000, 0.6, 1), fig(10_000, 0.97, 1.03), true], // as many as 10,000 vs 10,000
    [fig(80_000, 1, 1.5), fig(100_000, 0.97, 1.03), true], // more than 80,000 vs 100,000
    [fig(80_000, 1, 1.5), fig(60_000, 0.97, 1.03), false], // more than 80,000 vs 60,000
    [fig(10_000, 0.97, 1.03), fig(20_000, 0.97, 1.03), false],
  ];
  for (const [a, b, agree] of rows) assert.equal(valuesAgree(a, b), agree, `${a.value} vs ${b.value}`);
});

test('same-sized numbers that count different things are different quantities', () => {
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { counts: stem('crossings') })), true);
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { counts: stem('people') })), true);
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { rate: null })), false);
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { counts: stem('dollars') })), false);
  assert.equal(
    sameQuantity(fig(10_000, 1, 1, { frame: 'fy:2023' }), fig(10_000, 1, 1, { frame: 'fy:2020' })),
    false,
  );
  assert.equal(sameQuantity(fig(10_000, 1, 1, { unit: 'USD' }), fig(10_000, 1, 1)), false);
});

test('a vague quantity agrees with the figures inside its range only', () => {
  const one = (s: string) => figuresOf(s)[0] as ClaimFigure;
  const rows: [string, string, boolean][] = [
    ['Thousands of migrants crossed.', '10,000 migrants crossed.', true],
    ['Thousands of migrants crossed.', 'About 250,000 migrants crossed.', true],
    ['Thousands of migrants crossed.', '1,500 migrants crossed.', false],
    ['Hundreds of migrants crossed.', '10,000 migrants crossed.', false],
    ['Tens of thousands of migrants crossed.', 'More than 80,000 migrants crossed.', true],
    ['Dozens of boats sank.', '150 boats sank.', true],
  ];
  for (const [a, b, agree] of rows) assert.equal(valuesAgree(one(a), one(b)), agree, `${a} vs ${b}`);
});

test('durations compare in days, within narrower qualifier ranges', () => {
  const one = (s: string) => figuresOf(s)[0] as ClaimFigure;
  const rows: [string, string, boolean][] = [
    ['The pier stays shut for at least six weeks.', 'The pier stays shut for up to three months.', false],
    ['The pier stays shut for about six weeks.', 'The pier stays shut for at least six weeks.', true],
    ['The pier stays shut for six weeks.', 'The pier stays shut for 42 days.', true],
    ['The pier stays shut for two weeks.', 'The pier stays shut for 14 days.', true],
    ['The pier stays shut for about 48 hours.', 'The pier stays shut for two days.', true],
    ['The pier stays shut for nearly two months.', 'The pier stays shut for up to two weeks.', false],
  ];
  for (const [a, b, agree] of rows) {
    const [fa, fb] = [one(a), one(b)];
    assert.equal(sameQuantity(fa, fb), true, `${a} / ${b}`);
    assert.equal(valuesAgree(fa, fb), agree, `${a} / ${b}`);
  }
  // a duration is never the same quantity as a count of the same size
  assert.equal(sameQuantity(one('The pier stays shut for 12 days.'), one('Twelve piers were shut.')), false);
  // a measure's value and a bare number may tell one measure; a count or another measure may not
  const quake = one('Survey staff said it was a magnitude-6.1 quake.');
  assert.equal(sameQuantity(quake, one('Survey staff said it was 6.1.')), true);
  assert.equal(sameQuantity(one('Survey staff said it was 6.1.'), quake), true);
  assert.equal(sameQuantity(quake, one('Survey staff counted 6 homes.')), false);
  assert.equal(sameQuantity(quake, one('A Category 6 storm hit.')), false);
});

// A number in digits allows what its written precision allows: "$13.9 billion" is not "$13.2 billion".
const AGREEMENT: [string, string, boolean][] = [
  ['The deal is worth $13.9 billion.', 'The deal is worth $13.2 billion.', false],
  ['The deal is worth $13.9 billion.', 'The deal is worth $14 billion.', true],
  ['About 2.4 million people voted.', 'Exactly 2,431,000 people voted.', true],
  ['The quake killed 26,000 people.', 'The quake killed 31,000 people.', false],
  ['The repair costs $48 million.', 'The repair costs $48.2 million.', true],
  ['The ferry stays shut for six weeks.', 'The ferry stays shut for 43 days.', true],
];

for (const [a, b, agree] of AGREEMENT)
  test(`values ${agree ? 'agree' : 'differ'}: ${a} / ${b}`, () => {
    const [f] = figuresOf(a);
    const [g] = figuresOf(b);
    assert.ok(f && g);
    assert.equal(valuesAgree(f, g), agree);
  });
