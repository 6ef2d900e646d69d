import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stormStory } from './test-story.ts';

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
