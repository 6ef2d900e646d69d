import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { stem } from './normalise.ts';

// newuser22 #6: a part told of "them" counts the noun after it ("140 people, 38 of them children"),
// as "among them 41 children" does; "13 of them were hurt" names no noun. Invented sentences.
const CASES: [string, number, string | null][] = [
  ['A ferry carrying 64 people, 12 of them children, reached Dunmere on Saturday.', 12, stem('children')],
  ['Sixty-four people, among them 15 children, were brought ashore.', 15, stem('children')],
  ['Sixty men were arrested, 14 of them police officers, the court heard.', 14, stem('officers')],
  ['Forty people were on board and 13 of them were hurt.', 13, null],
];

for (const [text, value, counts] of CASES)
  test(`counts of "${text}"`, () => {
    const f = figuresOf(text).find((x) => x.value === value);
    assert.ok(f, `no figure ${value}`);
    assert.equal(f.counts, counts);
  });
