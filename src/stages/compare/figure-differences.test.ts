import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Differences to check of one measure, as a fact-checking desk reads them across outlets (issue 10):
// every clash of one measure listed, and none where the outlets give the same value. Invented articles.

// Each difference as [about, the articles of each side].
const listed = (bodies: readonly string[]) =>
  (runCompare(bodies).result.differences ?? []).map((d) => [
    d.about,
    d.sides.map((s) => s.evidence.map((e) => e.articleId)),
  ]);

test('"three of its nine branches" and "three branches" give one count: no difference', () => {
  const found = listed([
    'Three of its nine branches of the Harwick library need new roofs, the city said on Wednesday.',
    'Three branches of the Harwick library need new roofs, the city said on Wednesday.',
  ]);
  assert.deepEqual(
    found.filter(([about]) => /branch/.test(String(about))),
    [],
  );
});
