import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// review45b #3: two towns' look-alike fires grouped in one story were listed as one count told
// otherwise (3 vs 4 injured). Each lead names a town the other does not: two events, two tolls, no
// difference to check. The same fire told with its place named more closely on one side still is one.
// Invented articles.
const at = (outlet: string) => ({ outlet, publishedAt: '2027-05-03T12:00:00Z' });

test("two towns' fires of one kind, each lead naming its own town, are no difference to check", () => {
  const { result } = runCompare([
    [
      'A fire at a paint plant in Vellby injured three workers on Monday, officials said.\n\nThe plant makes coatings for ships.',
      at('Vellby Ledger'),
    ],
    [
      'Four workers were injured when a fire broke out at a paint plant in Dunmere on Monday, police said.\n\nThe plant makes paint for houses.',
      at('Coastline Wire'),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});

test('one fire, its place named more closely by one lead, is still listed with both counts', () => {
  const { result } = runCompare([
    [
      'Three workers were injured in a fire at the Orsk paint plant in Vellby on Monday, officials said.\n\nThe plant makes coatings for ships.',
      at('Vellby Ledger'),
    ],
    [
      'Four workers were injured in a fire at the Orsk paint plant on Monday, police said.\n\nThe plant makes coatings for ships.',
      at('Coastline Wire'),
    ],
  ]);
  assert.deepEqual(
    (result.differences ?? []).map((d) => d.sides.map((s) => s.value?.number)),
    [[3, 4]],
  );
});

test("two towns' fires stay two where one article recalls the other town's fire in passing", () => {
  const { result } = runCompare([
    [
      'A fire at a paint plant in Vellby injured three workers on Monday, officials said.\n\nIt was the second such blaze this week, after a fire at a paint plant in Dunmere.',
      at('Vellby Ledger'),
    ],
    [
      'Four workers were hurt when a blaze broke out at a paint plant in Dunmere on Monday, police said.\n\nThe plant makes paint for houses.',
      at('Coastline Wire'),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});
