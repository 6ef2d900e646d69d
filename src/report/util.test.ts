import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { clipLabel, codeSpan, formatNumber, quoted, safeHref } from './util.ts';

test('quoted adds quotation marks once', () => {
  for (const [input, expected] of [
    ['It is done', '“It is done”'],
    ['“It is done,” she said.', '“It is done,” she said.'],
    ['"It is done"', '"It is done"'],
    ['“half open', '“half open'],
    ['‘single’', '‘single’'],
  ])
    assert.equal(quoted(input as string), expected);
});

test('clipLabel keeps the article number of an outlet of several articles', () => {
  // 'Fenwick Valley Herald (1)' and '(2)' both read 'Fenwick Valley Herald (…' before (newuser10's 2)
  assert.equal(clipLabel('Fenwick Valley Herald (2)'), 'Fenwick Valley Hera… (2)');
  assert.equal(clipLabel('The Kestrel Harbour Gazette (12)'), 'The Kestrel Harbou… (12)');
  assert.equal(clipLabel('Fenwick Valley Herald'), 'Fenwick Valley Herald');
  assert.equal(clipLabel('The Kestrel Harbour Gazette Online'), 'The Kestrel Harbour Gaz…');
  assert.equal(clipLabel('An (1)', 5), 'An (…');
});

test('safeHref keeps http(s) URLs only', () => {
  for (const [input, expected] of [
    ['https://a.example/x?y=1', 'https://a.example/x?y=1'],
    ['HTTP://A.EXAMPLE', 'http://a.example/'],
    ['javascript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['//a.example/x', null],
    ['/relative', null],
    ['', null],
    [null, null],
  ] as const)
    assert.equal(safeHref(input), expected, String(input));
});

test('formatNumber prints what Intl.NumberFormat en-US with two decimals prints', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  for (const v of [0, -0, 1234.5, 0.125, 1.005, 999.995, -1234567.891, 1e20, 1e21, 0.004, -0.004, Number.NaN])
    assert.equal(formatNumber(v), intl.format(v), String(v));
  fc.assert(
    fc.property(fc.double({ noNaN: true }), (v) => formatNumber(v) === intl.format(v)),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (i, c) => {
      const v = i + c / 1000;
      return formatNumber(v) === intl.format(v);
    }),
    { numRuns: 2000 },
  );
});

test('codeSpan shows a path as written, however many backticks it holds', () => {
  for (const [input, expected] of [
    ['in/wire_2025.jsonl#3', '`in/wire_2025.jsonl#3`'],
    ['a*b*[c].txt', '`a*b*[c].txt`'],
    ['it`s.txt', '``it`s.txt``'],
    ['`x``', '``` `x`` ```'],
    ['two\nlines.txt', '`two lines.txt`'],
  ])
    assert.equal(codeSpan(input as string), expected);
});
