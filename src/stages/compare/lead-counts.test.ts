import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser22 #6: one count of the story's event that two outlets' leads give other values of is a
// difference to check, with who gives each value; two measures never are. Invented articles.
const at = (outlet: string, hour: number) => ({ outlet, publishedAt: `2027-05-01T${hour}:00:00Z` });

test('the children on one ferry, 12 in one lead and 15 in another, are listed side by side', () => {
  const { result } = runCompare([
    [
      'A ferry carrying 64 people, 12 of them children, reached the port of Dunmere on Saturday after three days at sea, the harbour police said.\n\nTwo people were taken to hospital.',
      at('Vellor Echo', 10),
    ],
    [
      'Sixty-four asylum seekers, among them 15 children, were brought ashore at Dunmere on Saturday after their ferry lost power, the harbour police said.\n\nThe ferry had drifted for a day.',
      at('Coastline Wire', 12),
    ],
  ]);
  const d = (result.differences ?? []).filter((x) => x.about === 'children');
  assert.equal(d.length, 1, JSON.stringify(result.differences));
  assert.notEqual(d[0]?.update, true);
  assert.deepEqual(
    d[0]?.sides.map((s) => [s.value?.number, s.evidence.map((e) => e.articleId)]),
    [
      [12, ['a1']],
      [15, ['a2']],
    ],
  );
});

test('a count of this year and a count of one ferry, or children and all people, are never one', () => {
  const { result } = runCompare([
    [
      'A ferry carrying 64 people reached the port of Dunmere on Saturday, the harbour police said.\n\nTwo people were taken to hospital.',
      at('Vellor Echo', 10),
    ],
    [
      'About 2,300 people have reached Dunmere by sea this year, the harbour police said on Saturday as another ferry arrived.\n\nThe ferry had drifted for a day.',
      at('Coastline Wire', 12),
    ],
    [
      'Fifteen children were among those brought ashore at Dunmere on Saturday, the harbour police said.\n\nThe ferry had drifted for a day.',
      at('Dunmere Times', 13),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});

test('one outlet that gives two values in two leads is no difference between outlets', () => {
  const { result } = runCompare([
    [
      'A ferry carrying 64 people, 12 of them children, reached the port of Dunmere on Saturday, the harbour police said.\n\nTwo people were taken to hospital.',
      at('Vellor Echo', 10),
    ],
    [
      'A second ferry carrying 40 people, 9 of them children, reached the port of Dunmere on Saturday evening, the harbour police said.\n\nNo one was hurt.',
      at('Vellor Echo', 18),
    ],
  ]);
  assert.deepEqual(
    (result.differences ?? []).filter((d) => d.about === 'children'),
    [],
  );
});

test('an expected count and the count of what happened are two measures', () => {
  const { result } = runCompare([
    [
      'Organisers expect 10,000 runners to take part in the Dunmere marathon on Sunday, the city council said.\n\nRoads will close at dawn.',
      at('Vellor Echo', 10),
    ],
    [
      'About 8,000 runners took part in the Dunmere marathon on Sunday, the city council said.\n\nRoads reopened at noon.',
      at('Coastline Wire', 12),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});

test('two counts of one thing told by two predicates are two measures', () => {
  const { result } = runCompare([
    [
      'Volunteers in Vellor repaired 40 bicycles at the depot on Monday, the council said.\n\nThe depot opens again next week.',
      at('Vellor Echo', 10),
    ],
    [
      'Thieves stole 300 bicycles in Vellor last winter, police said on Monday.\n\nMost were never found.',
      at('Coastline Wire', 12),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});
