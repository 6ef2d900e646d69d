import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// A live-updated article (published on a Friday, changed on the Monday after) whose one "Update:" item
// tells the Monday's vote: the timeline dates the item by the change (timeline/updated.ts) and so
// must compare, or coverage says the article whose update tells the event was published before it.
const LEDGER =
  'The Vessmark harbour board met on Friday to discuss a levy on cargo ships.\n\nUpdate: The board voted on Monday to approve the levy by five votes to two.';
const RADIO = 'The Vessmark harbour board approved a levy on cargo ships on Monday by five votes to two.';

test("an undated 'Update:' item is read from the article's last change: it supports the event it tells", () => {
  const { factWith } = runCompare([
    [LEDGER, { publishedAt: '2031-05-02', modifiedAt: '2031-05-05T10:00:00Z' }],
    [RADIO, { publishedAt: '2031-05-05' }],
  ]);
  const marks = factWith('five votes').map((f) => [f.coverage.a1?.mark, f.coverage.a2?.mark]);
  assert.ok(marks.length > 0);
  for (const [a1, a2] of marks) {
    assert.equal(a1, 'supports');
    assert.equal(a2, 'supports');
  }
});

test('without a last change the item counts from the publication day: no support across the two Mondays', () => {
  const { factWith } = runCompare([
    [LEDGER, { publishedAt: '2031-05-02' }],
    [RADIO, { publishedAt: '2031-05-05' }],
  ]);
  const radio = factWith('approved a levy').find((f) => f.evidence.every((e) => e.articleId === 'a2'));
  assert.notEqual(radio?.coverage.a1?.mark, 'supports');
});
