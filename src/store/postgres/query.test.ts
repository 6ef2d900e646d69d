import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toTsQuery } from './query.ts';

test('toTsQuery builds a safe tsquery from any text', () => {
  const cases: [string, string | null][] = [
    ['harbour bridge', "'harbour' & 'bridg'"],
    ['Crack*', "'crack':*"],
    ['"harbour bridge" crack*', "('harbour' <-> 'bridg') & 'crack':*"],
    ['"single"', "'singl'"],
    ['"unclosed phrase', "'unclos' & 'phrase'"],
    // words as the index holds them: folded and stemmed (search-stems.ts)
    ['Zürich café', "'zurich' & 'cafe'"],
    ['resignation resigned', "'resign' & 'resign'"],
    ["l'eau d'Orsney", "('l' <-> 'eau') & ('d' <-> 'orsney')"],
    ['-Vellmark o:neill*', "'vellmark' & ('o' <-> 'neill':*)"],
    ['48 million', "'48' & 'million'"],
    // Operators and quotes of tsquery are plain text here.
    ["AND( ) | ! <-> & ' : *", "'and'"],
    ["'); DROP TABLE articles; --", "'drop' & 'tabl' & 'articl'"],
    ['"', null],
    ['', null],
    ['*** !!! ()', null],
  ];
  for (const [query, expected] of cases) assert.equal(toTsQuery(query), expected, query);
});

test('toTsQuery folds decomposed accents before matching', () => {
  assert.equal(toTsQuery('cafe\u0301'), "'cafe'");
});
