import assert from 'node:assert/strict';
import { test } from 'node:test';
import { similarityIndex, sparseRowsOf, sparseSimilarityRows } from './similarity-rows.ts';
import { inverseFrequencies, tfidf } from './vectors.ts';

test('rows read from one shared index are the rows of an index of their own, whatever the least similarity', () => {
  const bags = [
    ['ferry', 'strike', 'end'],
    ['ferry', 'pay', 'offer'],
    ['bridge', 'crack', 'ferry'],
    ['strike', 'ferry', 'ferry', 'end'],
    ['pay', 'offer', 'union'],
  ];
  const idf = inverseFrequencies(bags);
  const vectors = bags.map((b) => tfidf(b, idf));
  const groups = [0, 0, 1, 1, 2];
  const index = similarityIndex(vectors, groups);
  // two readers of the one index, asked in turn: each keeps its own row buffer
  const low = sparseRowsOf(index, { minSimilarity: 0.05 });
  const high = sparseRowsOf(index, { minSimilarity: 0.3 });
  const ownLow = sparseSimilarityRows(vectors, { groups, minSimilarity: 0.05 });
  const ownHigh = sparseSimilarityRows(vectors, { groups, minSimilarity: 0.3 });
  for (let i = 0; i < vectors.length; i++) {
    const a = low(i);
    const b = high(i);
    const [x, y] = [ownLow(i), ownHigh(i)];
    assert.deepEqual([...a.row], [...x.row], `row ${i} at 0.05`);
    assert.deepEqual(a.partners, x.partners);
    assert.deepEqual([...b.row], [...y.row], `row ${i} at 0.3`);
    assert.deepEqual(b.partners, y.partners);
  }
  assert.ok((low(0).row[3] as number) > 0, 'a pair of other groups sharing terms is found');
});

test('a group that comes back after another still reads 0 in its own rows, and every other pair its cosine', () => {
  const bags = [
    ['tide', 'gate', 'crew'],
    ['gate', 'crew', 'vote'],
    ['tide', 'gate', 'storm'],
    ['crew', 'vote', 'storm', 'storm'],
    ['tide', 'storm', 'gate'],
    ['vote', 'gate'],
  ];
  const idf = inverseFrequencies(bags);
  const vectors = bags.map((b) => tfidf(b, idf));
  // group 0 holds vectors 0, 2 and 5, group 1 holds 1 and 4: each comes back after another
  const groups = [0, 1, 0, 2, 1, 0];
  const cosine = (i: number, j: number) =>
    [...(vectors[i] ?? new Map())].reduce((s, [term, w]) => s + w * (vectors[j]?.get(term) ?? 0), 0);
  const rows = sparseSimilarityRows(vectors, { groups });
  for (let i = 0; i < vectors.length; i++) {
    const { row, partners } = rows(i);
    for (let j = 0; j < vectors.length; j++) {
      const expected = groups[i] === groups[j] ? 0 : cosine(i, j);
      assert.ok(Math.abs((row[j] as number) - expected) < 1e-12, `row ${i}, entry ${j}`);
      assert.equal(partners.includes(j), expected !== 0, `row ${i}: ${j} a partner`);
    }
  }
  // a term's vectors of the row's own group, in several runs (gate: groups 0, 1, 0, 1, 0), count
  // nothing toward the row's partner limit: row 5 takes vote's 2 partners, then gate's 2 more
  const limited = (i: number, most: number) =>
    sparseSimilarityRows(vectors, { groups, maxPartners: most })(i).partners.toSorted();
  assert.deepEqual(limited(5, 4), [1, 3, 4]);
  assert.deepEqual(limited(5, 3), [1, 3]);
});
