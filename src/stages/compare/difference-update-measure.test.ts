import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare, stormStory } from './test-story.ts';

// A council's two injured on day 1 and a doctor's four on day 2 are outlets differing, not an update:
// a sentence telling another thing "now" with the same number ("Ferries now run four times a day") is
// no change of the toll. Invented articles.
const injured = (extra: string) => stormStory('injured', extra).result.differences ?? [];

test('a cue word and a newer number in a sentence of another thing make no update', () => {
  const found = injured('Ferries now run four times a day.').filter((d) =>
    d.sides.some((s) => s.value?.number === 4),
  );
  assert.ok(found.length > 0, 'the toll differs');
  assert.ok(
    found.every((d) => !d.update),
    JSON.stringify(found),
  );
});

test('the same toll told as a change is still an update', () => {
  const found = injured('The number of people injured in Quellport has now risen to four.').filter((d) =>
    d.sides.some((s) => s.value?.number === 4),
  );
  assert.ok(found.length > 0 && found.every((d) => d.update === true), JSON.stringify(found));
});

test('those in shelters are no update of those forced from their homes; out of their homes is one', () => {
  // (two measures: many of those forced out stay with family; no row at all, neither an update nor
  // a difference)
  const shelters = runCompare([
    [
      'About 900 residents were forced from their homes by the flood in Varrow, the county said.',
      { publishedAt: '2031-03-04T18:00:00-05:00' },
    ],
    [
      'About 900 residents were forced from their homes by the Varrow flood, officials said.',
      { publishedAt: '2031-03-04T18:00:00-05:00' },
    ],
    [
      'About 300 residents remain in shelters after the flood in Varrow, the county said.',
      { publishedAt: '2031-03-05T18:00:00-05:00' },
    ],
    [
      'About 300 residents remain in shelters after the Varrow flood, officials said.',
      { publishedAt: '2031-03-05T19:00:00-05:00' },
    ],
  ]).result;
  assert.deepEqual(
    (shelters.differences ?? []).filter((d) => d.kind === 'figure').map((d) => d.about),
    [],
  );
  // (evacuated, then "remain out of their homes" after the order was lifted for most: one measure)
  const home = runCompare([
    [
      'About 1,200 residents were evacuated after the fire in Varrow, the county said.',
      { publishedAt: '2031-03-04T18:00:00-05:00' },
    ],
    [
      'About 300 residents remain out of their homes after the fire in Varrow, the county said.',
      { publishedAt: '2031-03-05T18:00:00-05:00' },
    ],
    [
      'About 300 residents remain out of their homes after the Varrow fire, officials said.',
      { publishedAt: '2031-03-05T19:00:00-05:00' },
    ],
  ]).result;
  const rows = (home.differences ?? []).filter((d) => d.kind === 'figure');
  assert.ok(rows.length > 0, 'a figure row');
  for (const d of rows) assert.equal(d.update, true, JSON.stringify(d));
});
