import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toTsQuery } from './query.ts';

test('toTsQuery builds a safe tsquery from any text', () => {
  const cases: [string, string | null][] = [
    ['harbour bridge', "'harbour' & 'bridge'"],
    ['Crack*', "'crack':*"],
    ['"harbour bridge" crack*', "('harbour' <-> 'bridge') & 'crack':*"],
    ['"single"', "'single'"],
    ['"unclosed phrase', "'unclosed' & 'phrase'"],
    ['Zürich café', "'zürich' & 'café'"],
    ["l'eau d'Orsney", "('l' <-> 'eau') & ('d' <-> 'orsney')"],
    ['-Vellmark o:neill*', "'vellmark' & ('o' <-> 'neill':*)"],
    ['48 million', "'48' & 'million'"],
    // Operators and quotes of tsquery are plain text here.
    ["AND( ) | ! <-> & ' : *", "'and'"],
    ["'); DROP TABLE articles; --", "'drop' & 'table' & 'articles'"],
    ['"', null],
    ['', null],
    ['*** !!! ()', null],
  ];
  for (const [query, expected] of cases) assert.equal(toTsQuery(query), expected, query);
});

test('toTsQuery composes decomposed accents before matching', () => {
  assert.equal(toTsQuery('cafe\u0301'), "'café'");
});
