import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// review46b of ee784611: "cut" lowers an amount as often as it does away with one, so "will cut the fuel
// tax" is no support of "will eliminate the fuel tax" (they were one fact, ✓ in both). Invented articles.
test('an outlet cutting a tax and one eliminating it state no shared fact', () => {
  const at = (outlet: string) => ({ outlet, publishedAt: '2027-05-03T10:00:00Z' });
  const { result } = runCompare([
    [
      'The government will cut the fuel tax in March, Finance Minister Petra Kovaly said on Monday.\n\nShe told reporters that hauliers had waited long enough for relief.',
      at('Cape Ledger'),
    ],
    [
      'Truckers cheered on Monday after the cabinet agreed a budget package.\n\nThe government will eliminate the fuel tax in March, Finance Minister Petra Kovaly said.',
      at('Coastline Wire'),
    ],
  ]);
  const shared = result.facts.filter((f) => /fuel tax/.test(f.text) && f.evidence.length > 1);
  assert.deepEqual(
    shared.map((f) => f.text),
    [],
  );
});
