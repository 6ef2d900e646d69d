import assert from 'node:assert/strict';
import test from 'node:test';
import { loadBenchmark, parallaxText, scoreOn } from '../../../../bench/eval-extract.ts';
import { needsShared } from '../../../../test/shared.ts';

// A floor a little under what `npm run eval:extract` prints (F1 0.978 on all 181 pages), so that
// a regression in the HTML extractor cannot pass silently. One test: the pages take a few seconds.
const F1_FLOOR = 0.973;

test('extraction benchmark: F1 of the clean stage on all 181 pages stays above the floor', {
  skip: needsShared('datasets/article-extraction-benchmark'),
}, () => {
  const pages = loadBenchmark();
  const outputs = Object.fromEntries(pages.map((page) => [page.id, parallaxText(page)]));
  const score = scoreOn(outputs, pages);
  assert.equal(score.pages, 181);
  assert.ok(score.f1 >= F1_FLOOR, `F1 ${score.f1.toFixed(4)} fell under ${F1_FLOOR}`);
});
