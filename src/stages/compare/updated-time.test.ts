import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented coverage (newuser23 #13): an article that gives no publication date but an "Updated"
// line (or a page's dateModified: its modifiedAt) was written by its update. Last updated before an
// event, it could not tell it (◷, no omission); updated after it, it is listed as leaving it out.
const VOTE = 'The Carrow council voted on Wednesday to close the Linden Street pool for the winter.';
const OTHER = 'The Carrow library will open an hour later on Sundays from January, the library board said.';

test('an article dated by its last update only is ◷ for an event after it, and left out of omissions', () => {
  const { factWith, result } = runCompare([
    [VOTE, { publishedAt: '2026-12-03', outlet: 'Carrow Courier' }],
    [`${VOTE} Residents protested.`, { publishedAt: '2026-12-03', outlet: 'Carrow Ledger' }],
    [OTHER, { modifiedAt: '2026-12-01', outlet: 'Carrow Star' }],
    [OTHER, { modifiedAt: '2026-12-04', outlet: 'Valley Star' }],
  ]);
  const fact = factWith('voted')[0];
  assert.ok(fact);
  assert.equal(fact.coverage.a3?.mark, 'published-before');
  assert.equal(fact.coverage.a3?.reason, 'last updated before the event');
  assert.equal(fact.coverage.a4?.mark, 'absent');
  assert.ok(!result.omissions.a3?.includes(fact.id));
  assert.ok(result.omissions.a4?.includes(fact.id));
});

test('an article dated by neither is not ◷', () => {
  const { factWith } = runCompare([
    [VOTE, { publishedAt: '2026-12-03', outlet: 'Carrow Courier' }],
    [`${VOTE} Residents protested.`, { publishedAt: '2026-12-03', outlet: 'Carrow Ledger' }],
    [OTHER, { outlet: 'Carrow Star' }],
  ]);
  assert.notEqual(factWith('voted')[0]?.coverage.a3?.mark, 'published-before');
});
