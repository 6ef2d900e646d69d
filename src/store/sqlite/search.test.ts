import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ftsQuery } from './search.ts';

test('ftsQuery: user text becomes quoted FTS5 terms, never FTS syntax', () => {
  const cases: [string, string | null][] = [
    ['harbour bridge', '"harbour" "bridge"'],
    ['"main girder" crack', '"main girder" "crack"'],
    ['repai*', '"repai"*'],
    ['repai**', '"repai"*'],
    ["o'neill*", '"o neill"*'],
    ['AND(', '"AND"'],
    ['bridge AND( NEAR(x', '"bridge" "AND" "NEAR x"'],
    ['a:b', '"a b"'],
    ['-closed', '"closed"'],
    ['"unclosed phrase', '"unclosed" "phrase"'],
    ['say "it""s" fine', '"say" "it" "s" "fine"'],
    ['Zürich', '"Zürich"'],
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
