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
