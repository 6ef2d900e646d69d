import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented dated coverage (preevent, audit15's ECB+ dev topic 44): an article of an earlier day that
// tells the fact's event as done on its own day ("today announced …") shows the event was done by
// then, so neither it nor another article of that day is "published before" it (support/before-event.ts).
const FACT =
  'Norco Timber announced on Tuesday that it has signed a definitive agreement to buy the Halvik paper mill, a plant that makes newsprint for the northern region.';
const story = (monday: string) =>
  runCompare([
    [monday, { publishedAt: '2025-11-10' }],
    ['Norco Timber will buy the Halvik paper mill, the company said.', { publishedAt: '2025-11-10' }],
    [FACT, { publishedAt: '2025-11-11' }],
  ]);

test('an article of Monday whose "today announced" tells the fact of Tuesday makes no ◷ on Monday', () => {
  const fact = story(
    'Norco Timber today announced that it has signed a definitive agreement to buy the Halvik paper mill.',
  ).factWith('newsprint')[0];
  assert.equal(fact?.modality, 'happened');
  assert.equal(fact?.coverage.a1?.mark, 'absent');
  assert.equal(fact?.coverage.a2?.mark, 'absent');
});

test('an article of Monday that tells another event today leaves the fact of Tuesday its day', () => {
  const fact = story('Norco Timber today announced that it has closed the Halvik paper mill.').factWith(
    'newsprint',
  )[0];
  assert.equal(fact?.coverage.a1?.mark, 'published-before');
  assert.equal(fact?.coverage.a2?.mark, 'published-before');
});
