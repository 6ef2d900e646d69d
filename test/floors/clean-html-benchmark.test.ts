import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { loadBenchmark, parallaxText, scoreOn } from '../../bench/eval-extract.ts';
import { scoreExtraction } from '../../bench/lib/extraction-score.ts';
import { needsShared, sharedPath } from '../shared.ts';

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

// The scorer's own tests sit beside it in bench/lib (outside `npm test`'s folders); this one keeps
// the port checked in every run: it must reproduce trafilatura's published score.
test('the scorer port reproduces trafilatura 2.0 on the benchmark (F1 0.958)', {
  skip: needsShared('datasets/article-extraction-benchmark'),
}, () => {
  const read = (file: string) =>
    JSON.parse(readFileSync(sharedPath('datasets/article-extraction-benchmark', file), 'utf8'));
  const truth = read('ground-truth.json') as Record<string, { articleBody: string }>;
  const output = (
    read('baseline_outputs/trafilatura.json') as { output: Record<string, { articleBody?: string }> }
  ).output;
  const gold = Object.fromEntries(Object.entries(truth).map(([id, v]) => [id, v.articleBody]));
  const predicted = Object.fromEntries(Object.keys(truth).map((id) => [id, output[id]?.articleBody ?? '']));
  const score = scoreExtraction(predicted, gold);
  assert.deepEqual(
    [score.f1, score.precision, score.recall].map((x) => x.toFixed(3)),
    ['0.958', '0.938', '0.978'],
  );
});
