import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoted, safeHref } from './util.ts';

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
