import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matrixRows } from './quote-matrix.ts';

type How = 'quoted' | 'paraphrased' | 'absent';
const row = (id: string, a1: How, a2: How) => ({ quoteId: id, byArticle: { a1, a2 } });

test('the quote table shows the quotes carried by most outlets first and says how many it left out', () => {
  // 33 quotes of a1 alone, then two that both outlets carried: a table of 30 must not lose the shared ones
  const quoteMatrix = [
    ...Array.from({ length: 33 }, (_, i) => row(`q${i + 1}`, 'quoted', 'absent')),
    row('q34', 'quoted', 'paraphrased'),
    row('q35', 'quoted', 'quoted'),
  ];
  const { rows, note } = matrixRows({ quoteMatrix });
  assert.deepEqual(
    rows.slice(0, 3).map((r) => r.quoteId),
    ['q34', 'q35', 'q1'],
  );
  assert.equal(rows.length, 30);
  assert.equal(note, ' 5 more quotes, each carried by one outlet, are listed under Quotes.');
  assert.equal(matrixRows({ quoteMatrix: quoteMatrix.slice(0, 3) }).note, '');
});
