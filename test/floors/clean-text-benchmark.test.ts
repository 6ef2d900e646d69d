import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateCleaner, evaluateOnCleanNews } from '../../bench/eval-clean.ts';
import { needsShared } from '../shared.ts';

// Quality floor on pages the cleaner was not written against (see `npm run eval:clean`).
test('plain-text cleaner beats keep-every-line on the extraction benchmark, both halves', {
  skip: needsShared('datasets/article-extraction-benchmark'),
}, () => {
  const { halves } = evaluateCleaner();
  for (const half of halves) {
    assert.ok(half.cleaner.f1 >= 0.8, `${half.name} F1 ${half.cleaner.f1.toFixed(3)} >= 0.80`);
    assert.ok(half.cleaner.f1 >= half.keepAll.f1 + 0.1, `${half.name}: at least 0.1 above keep-all`);
    assert.ok(half.cleaner.recall >= 0.8, `${half.name} recall ${half.cleaner.recall.toFixed(3)} >= 0.80`);
  }
});

// Article text without boilerplate must come through nearly whole: only datelines and repeats may go.
test('plain-text cleaner keeps clean news text (ECB+) nearly whole', {
  skip: needsShared('datasets/ecbplus'),
}, () => {
  const { kept, removedByKind } = evaluateOnCleanNews();
  assert.ok(kept >= 0.98, `kept ${(100 * kept).toFixed(1)}% >= 98%`);
  const other = Object.entries(removedByKind)
    .filter(([kind]) => kind !== 'dateline' && kind !== 'repeat')
    .reduce((sum, [, share]) => sum + share, 0);
  assert.ok(
    other <= 0.005,
    `removed as boilerplate other than datelines and repeats: ${(100 * other).toFixed(2)}%`,
  );
});
