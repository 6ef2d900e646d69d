import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateCleaner } from '../../../../bench/eval-clean.ts';
import { needsShared } from '../../../../test/shared.ts';

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
