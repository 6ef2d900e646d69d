import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverageBar, coverageLegend, coverageOf, coverageText, leaningsOf, sideOf } from './coverage-bar.ts';

test('free-text leanings fall on a side; a side word wins over centre', () => {
  const table: [string | undefined, string][] = [
    ['left', 'left'],
    ['Lean Left', 'left'],
    ['liberal', 'left'],
    ['centre-left', 'left'],
    ['Center-Right', 'right'],
    ['conservative', 'right'],
    ['centre', 'centre'],
    ['center', 'centre'],
    ['neutral', 'centre'],
    ['state-owned', 'unknown'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ];
  for (const [leaning, side] of table) assert.equal(sideOf(leaning), side, String(leaning));
});

test('coverage counts outlets by side; one side only when two or more known outlets share it and no other side', () => {
  const leanings = leaningsOf([
    { name: 'A Left', leaning: 'left' },
    { name: 'B Left', leaning: 'lean left' },
    { name: 'C Right', leaning: 'right' },
    { name: 'D Centre', leaning: 'centre' },
    { name: 'E None', leaning: null },
  ]);
  const table: [string[], string | null][] = [
    [['A Left', 'b left'], 'left'],
    [['A Left', 'B Left', 'Unknown Times'], 'left'],
    [['A Left'], null],
    [['A Left', 'C Right'], null],
    [['A Left', 'B Left', 'D Centre'], null],
    [['C Right', 'E None', 'Other'], null],
    [[], null],
  ];
  for (const [outlets, side] of table)
    assert.equal(coverageOf(outlets, leanings).oneSide, side, outlets.join());
  assert.deepEqual(coverageOf(['A Left', 'C Right', 'X', 'Y'], leanings).counts, {
    left: 1,
    centre: 0,
    right: 1,
    unknown: 2,
  });
});

test('the bar has one segment per side present, as wide as its share, labelled in words', () => {
  const bar = coverageBar({
    counts: { left: 1, centre: 0, right: 1, unknown: 2 },
    unnamed: 0,
    oneSide: null,
  });
  assert.match(bar, /aria-label="4 outlets: 1 left, 1 right, 2 leaning unknown"/);
  assert.deepEqual(
    [...bar.matchAll(/class="lean-(\w+)" x="([\d.]+)" y="0" width="([\d.]+)"/g)].map((m) => m.slice(1)),
    [
      ['left', '0.00', '25.00'],
      ['right', '25.00', '25.00'],
      ['unknown', '50.00', '50.00'],
    ],
  );
  assert.equal(
    coverageBar({ counts: { left: 0, centre: 0, right: 0, unknown: 0 }, unnamed: 0, oneSide: null }),
    '',
  );
});

test('articles of no named outlet are sources of unknown leaning, counted and said apart from outlets', () => {
  const leanings = leaningsOf([{ name: 'Gullport Gazette', leaning: 'left' }]);
  // one named outlet and four articles naming none: five sources, not the named outlet's alone
  const coverage = coverageOf(['Gullport Gazette'], leanings, 4);
  assert.deepEqual(coverage.counts, { left: 1, centre: 0, right: 0, unknown: 4 });
  assert.equal(
    coverageText(coverage),
    '1 outlet and 4 articles of no named outlet: 1 left, 4 leaning unknown',
  );
  assert.match(coverageBar(coverage), /class="lean-unknown" x="20.00" y="0" width="80.00"/);
  assert.equal(coverageText(coverageOf([], leanings, 1)), '1 article of no named outlet: 1 leaning unknown');
  assert.equal(
    coverageText(coverageOf(['Gullport Gazette', 'Tern Times'], leanings)),
    '2 outlets: 1 left, 1 leaning unknown',
  );
});

test('the legend says the leanings as the outlet table wrote them, then the side the bar puts them on', () => {
  const leanings = leaningsOf([
    { name: 'Brask Herald', leaning: 'centre-left' },
    { name: 'Weir Daily', leaning: 'Left' },
    { name: 'Radio Kell', leaning: 'state-owned' },
    { name: 'Harrow Post', leaning: 'centre' },
  ]);
  const coverage = coverageOf(['Brask Herald', 'Weir Daily', 'Radio Kell', 'Harrow Post'], leanings);
  assert.equal(
    coverageText(coverage),
    '4 outlets: 1 centre-left, 1 Left (bar: 2 left), 1 centre, 1 state-owned (bar: 1 leaning unknown)',
  );
  // each written leaning counted and said as written (newuser22 #11: "1 left (centre-left)" read as binned)
  assert.match(
    coverageLegend(coverage),
    /<span class="l-left">1 centre-left, 1 Left \(bar: 2 left\)<\/span>/,
  );
  const two = leaningsOf([
    { name: 'Brask Herald', leaning: 'centre-left' },
    { name: 'Tern Times', leaning: 'Centre-Left' },
    { name: 'Weir Daily', leaning: 'left' },
    { name: 'Gull Post', leaning: 'left' },
  ]);
  assert.equal(
    coverageText(coverageOf(['Brask Herald', 'Tern Times'], two)),
    '2 outlets: 2 centre-left (bar: 2 left)',
  );
  assert.equal(coverageText(coverageOf(['Weir Daily', 'Gull Post'], two)), '2 outlets: 2 left');
  // the side's own word in another spelling is the side: no '1 centre (center)'
  const spelt = leaningsOf([
    { name: 'Ashby Ledger', leaning: 'center' },
    { name: 'Kell Wire', leaning: 'Center' },
  ]);
  assert.equal(coverageText(coverageOf(['Ashby Ledger'], spelt)), '1 outlet: 1 centre');
  assert.match(
    coverageLegend(coverageOf(['Ashby Ledger', 'Kell Wire'], spelt)),
    /<span class="l-centre">2 centre<\/span>/,
  );
});
