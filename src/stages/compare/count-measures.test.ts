import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser25 #2, #3: a count's measure is told by its own words ("has infected 42 people": those
// infected), never by a later "no deaths" of its clause nor by who gives it ("authorities"); a count
// of suspected cases and one of confirmed cases are two measures. Invented articles.
const on = (day: string, outlet: string) => ({ outlet, publishedAt: day });
const values = (bodies: readonly [string, string, string][]) => {
  const { result } = runCompare(bodies.map(([text, day, outlet]) => [text, on(day, outlet)]));
  return [...result.conflicts, ...(result.differences ?? [])]
    .filter((c) => c.kind === 'figure')
    .map((c) => ({ about: c.about, numbers: c.sides.map((s) => s.value?.number ?? null) }));
};

test('"has infected 42 people … with no deaths reported" gives deaths no value of 42', () => {
  const found = values([
    [
      'An outbreak of typhoid at the Morrow river camp has infected 42 people, regional authorities said, with no deaths reported.\n\nThe camp clinic was shut.',
      '2026-03-10',
      'Valley Post',
    ],
    [
      'Three people have died of typhoid at the Morrow river camp, regional authorities said.\n\nDoctors asked for more beds.',
      '2026-03-11',
      'Coast Herald',
    ],
  ]);
  // (none of the Valley Post, three in the Coast Herald)
  assert.deepEqual(found, [{ about: 'died', numbers: [0, 3] }]);
});

test('a count of suspected cases and one of confirmed cases, or of deaths, are no one figure', () => {
  const found = values([
    [
      'Regional authorities have reported 42 suspected cases of typhoid at the Morrow river camp.\n\nThe camp clinic was shut.',
      '2026-03-09',
      'Daily Lantern',
    ],
    [
      'Regional authorities have reported 61 confirmed cases of typhoid at the Morrow river camp.\n\nDoctors asked for more beds.',
      '2026-03-11',
      'Coast Herald',
    ],
    [
      'The number of deaths from typhoid at the Morrow river camp has risen to four, with 70 confirmed cases, regional authorities said.\n\nThe minister will visit on Friday.',
      '2026-03-12',
      'Valley Post',
    ],
  ]);
  assert.ok(
    found.every((d) => !d.numbers.includes(42) && d.about !== 'authorities'),
    JSON.stringify(found),
  );
});

test('"no deaths reported among the 12 nurses" is no toll of 0 against "Three people have died"', () => {
  const found = values([
    [
      'An outbreak of typhoid at the Morrow river camp has infected 42 people, regional authorities said, with no deaths reported among the 12 nurses.\n\nThe camp clinic was shut.',
      '2026-03-10',
      'Valley Post',
    ],
    [
      'Three people have died of typhoid at the Morrow river camp, regional authorities said.\n\nDoctors asked for more beds.',
      '2026-03-11',
      'Coast Herald',
    ],
  ]);
  // the nurses are a part: the Valley Post tells no toll, so no value of it differs
  assert.deepEqual(found, []);
});
