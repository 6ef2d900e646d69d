import assert from 'node:assert/strict';
import { join } from 'node:path';
import test from 'node:test';
import { evaluateHeadlines, evaluateLabelled, evaluateSilver } from '../bench/eval-outlets.ts';
import { BORDER_TALKS } from './border-talks.ts';
import { needsShared } from './shared.ts';

// Figures printed by `npm run eval:outlets`; here only their floors: a wrong outlet is worse than none.
test('outlets: the example and the border-talks corpus are named right where their files name them, never wrongly', {
  skip: needsShared(BORDER_TALKS),
}, () => {
  const counts = evaluateLabelled(join(import.meta.dirname, '..'));
  assert.equal(counts.files, 12);
  assert.deepEqual(counts.wrong, []);
  assert.ok(counts.correct >= 4, `named correctly: ${counts.correct}`);
});

test('outlets: on 181 benchmark pages as scraped text, the text alone never names an outlet the page contradicts', {
  skip: needsShared('datasets', 'article-extraction-benchmark'),
}, () => {
  const silver = evaluateSilver();
  assert.equal(silver.pages, 181);
  assert.deepEqual(silver.disagree, []);
  assert.ok(silver.withMetadata >= 160, `pages with an outlet in their metadata: ${silver.withMetadata}`);
});

test('outlets: no headline of NeuS/AllSides is taken for a masthead', {
  skip: needsShared('datasets', 'neus_allsides'),
}, () => {
  const { titles, mastheads } = evaluateHeadlines();
  assert.ok(titles > 900, `headlines: ${titles}`);
  assert.deepEqual(mastheads, []);
});
