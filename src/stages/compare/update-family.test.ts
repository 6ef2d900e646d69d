import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stormStory } from './test-story.ts';

// review38-A F7's known limit: a change told outside the sides' sentences, by another word of the
// measure's family ("The death toll has risen to four" where the sides say "killed"), is an update;
// a change of another measure's family ("injured") is not. Invented articles.
const killed = (extra: string) =>
  (stormStory('killed', extra).result.differences ?? []).filter((d) =>
    d.sides.some((s) => s.value?.number === 4),
  );

test("a change told by another word of the measure's family makes an update", () => {
  const found = killed('The Storm Brannoc death toll has risen to four.');
  assert.ok(found.length > 0 && found.every((d) => d.update === true), JSON.stringify(found));
});

test('a change told of another measure makes none', () => {
  const found = killed('The number of people injured in Quellport has risen to four.');
  assert.ok(found.length > 0, 'the toll differs');
  assert.ok(
    found.every((d) => !d.update),
    JSON.stringify(found),
  );
});
