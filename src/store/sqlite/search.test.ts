import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ftsQuery } from './search.ts';

test('ftsQuery: user text becomes quoted FTS5 terms of stems, never FTS syntax', () => {
  const cases: [string, string | null][] = [
    ['harbour bridge', '"harbour" "bridg"'],
    ['"main girder" crack', '"main girder" "crack"'],
    ['repai*', '"repai"*'],
    ['repai**', '"repai"*'],
    ["o'neill*", '"o neill"*'],
    ['AND(', '"and"'],
    ['bridge AND( NEAR(x', '"bridg" "and" "near x"'],
    ['a:b', '"a b"'],
    ['-closed', '"close"'],
    ['"unclosed phrase', '"unclos" "phrase"'],
    ['say "it""s" fine', '"say" "it" "s" "fine"'],
    ['Zürich', '"zurich"'],
    // each word as the index holds it: folded and stemmed (store40)
    ['Halloway resignation', '"halloway" "resign"'],
    ['bridges*', '"bridg"*'],
    ['"', null],
    ['*', null],
    ['""', null],
    ['(((', null],
    ['   ', null],
    ['', null],
    ['" * - :', null],
  ];
  for (const [input, expected] of cases) assert.equal(ftsQuery(input), expected, input);
});
