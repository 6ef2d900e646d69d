import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toldAsChange } from './difference-updates.ts';
import { runCompare } from './test-story.ts';

// A storm's toll told 2 by three articles on day 1 and 4 by three on day 2, one of them "has risen
// to four": an update, newest last, not outlets differing (newuser17 #4). Invented articles.
const TAIL = '\n\nThe storm brought down power lines along the Quellport seafront.';
const DAY1 = [
  'Storm Brannoc killed two people in the coastal town of Quellport on Sunday, the county council said.',
  'Two people were killed when Storm Brannoc hit Quellport on Sunday, the county council said.',
  'Storm Brannoc killed two people in Quellport on Sunday, according to the county council.',
];
const DAY2 = [
  'Storm Brannoc killed four people in Quellport on Sunday, the county council said on Monday.',
  'Four people were killed when Storm Brannoc hit Quellport on Sunday, the county council said.',
];
const OUTLETS = ['Quellport Mercury', 'Harl Radio', 'Coast Herald'];
const toll = (
  changed: string,
  day2 = ['2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'],
) =>
  runCompare([
    ...DAY1.map((t, i): [string, { outlet: string; publishedAt: string }] => [
      t + TAIL,
      { outlet: OUTLETS[i] as string, publishedAt: `2026-03-01T${String(8 + i).padStart(2, '0')}:00:00Z` },
    ]),
    ...[changed, ...DAY2].map((t, i): [string, { outlet: string; publishedAt: string }] => [
      t + TAIL,
      { outlet: OUTLETS[i] as string, publishedAt: day2[i] as string },
    ]),
  ]).result.differences ?? [];
const RISEN =
  'The number of people killed by Storm Brannoc in Quellport on Sunday has risen to four, the county council said.';

test('a toll that rose, told as a change by a later article, is an update', () => {
  const found = toll(
    'The number of people killed by Storm Brannoc in Quellport has risen to four, the council said.',
  );
  const killed = found.filter((d) => d.sides.some((s) => s.value?.number === 4));
  assert.ok(killed.length > 0, JSON.stringify(found.map((d) => d.about)));
  assert.ok(
    killed.every((d) => d.update === true),
    JSON.stringify(killed),
  );
});

test('the same values with no article telling a change, or not ordered in time, are no update', () => {
  const plain = toll(
    'Storm Brannoc killed four people in the coastal town of Quellport on Sunday, the council said.',
  );
  assert.ok(plain.some((d) => d.sides.some((s) => s.value?.number === 4)));
  assert.ok(plain.every((d) => !d.update));
  const mixed = toll(
    'The number of people killed by Storm Brannoc in Quellport has risen to four, the council said.',
    ['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'],
  );
  assert.ok(mixed.every((d) => !d.update));
});

test('a change to another number that ends in the newer value\'s word ("twenty-four" for four) is no update', () => {
  const found = toll(
    'The number of people killed by Storm Brannoc in Quellport has risen to twenty-four, the council said.',
  ).filter((d) => d.sides.some((s) => s.value?.number === 4));
  assert.ok(found.length > 0, 'the toll differs');
  assert.ok(
    found.every((d) => !d.update),
    JSON.stringify(found),
  );
});

test('a change is told by "risen to", "now", "revised", "up from"; not by a plain count', () => {
  assert.ok(toldAsChange('The toll has risen to four.'));
  assert.ok(toldAsChange('Four people are now known to have died.'));
  assert.ok(toldAsChange('The estimate was revised to 310 homes.'));
  assert.ok(toldAsChange('Four people died, up from two first reported.'));
  assert.ok(!toldAsChange('Four people died in the storm.'));
  assert.ok(!toldAsChange('Snow fell on the hills.'));
});

test('a later article giving the newer value of an update is » on the older row, not ≠', () => {
  const { result } = runCompare(
    [...DAY1, RISEN, ...DAY2].map((t, i): [string, { outlet: string; publishedAt: string }] => [
      t + TAIL,
      {
        outlet: OUTLETS[i % 3] as string,
        publishedAt: `2026-03-0${i < 3 ? 1 : 2}T${String(8 + (i % 3)).padStart(2, '0')}:00:00Z`,
      },
    ]),
  );
  const marks = result.facts
    .filter((f) => f.evidence.some((e) => e.articleId === 'a1'))
    .flatMap((f) => ['a5', 'a6'].map((id) => f.coverage[id]?.told ?? f.coverage[id]?.mark));
  assert.ok(marks.includes('later-value'), JSON.stringify(marks));
  assert.ok(!marks.includes('other-value'), JSON.stringify(marks));
});
