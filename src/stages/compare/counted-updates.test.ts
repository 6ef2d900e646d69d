import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser19 #2: a count of a thing no measure word names ("applications"), revised in a later article
// ("revised its tally … to 3,900, up from the 3,200"), was two unrelated figures and a bare ≠: it is
// one figure told over time, an update 3,200 → 3,900 that names the article telling the change.
// Invented.
const story = (revision: string) =>
  runCompare([
    [
      'Some 3,200 applications are waiting for a decision, the Vellor housing office says.\n\nTenants in Marrow Street have waited longest.',
      { outlet: 'Vellor Echo', publishedAt: '2027-02-01T08:00:00Z' },
    ],
    [
      'The Vellor housing office said its backlog stood at 3,200 applications, some waiting for a year.',
      { outlet: 'Dunmere Times', publishedAt: '2027-02-01T10:00:00Z' },
    ],
    [revision, { outlet: 'Coastline Wire', publishedAt: '2027-02-08T09:00:00Z' }],
    [
      'The Vellor housing office put its backlog at 3,900 applications after an audit last week.\n\nThe council meets on Friday.',
      { outlet: 'Dunmere Times', publishedAt: '2027-02-09T09:00:00Z' },
    ],
  ]).result;

test('a counted thing given anew and told as a change is one update, 3,200 → 3,900, with the article telling it', () => {
  const result = story(
    'The Vellor housing office on Monday revised its tally of open applications to 3,900, up from the 3,200 it gave last week.',
  );
  const d = (result.differences ?? []).filter((x) => x.sides.some((s) => s.value?.number === 3900));
  assert.equal(d.length, 1, JSON.stringify(result.differences));
  assert.equal(d[0]?.update, true);
  assert.deepEqual(
    d[0]?.sides.map((s) => s.value?.number),
    [3200, 3900],
  );
  // the revising article (a3) is on the newer side
  assert.ok(
    d[0]?.sides[1]?.evidence.some((e) => e.articleId === 'a3'),
    JSON.stringify(d[0]?.sides),
  );
});

test('without a sentence telling a change, two counts are no update', () => {
  const result = story('The Vellor housing office opened a second counter on Monday.');
  assert.ok(
    (result.differences ?? []).every((d) => !d.update),
    JSON.stringify(result.differences),
  );
});

test('two counts of one noun tied by no predicate are no update', () => {
  const d =
    runCompare([
      [
        'Volunteers in Vellor repaired 40 bicycles at the depot on Monday.',
        { outlet: 'Vellor Echo', publishedAt: '2027-02-01T08:00:00Z' },
      ],
      [
        'Now 300 bicycles have been stolen in Vellor, police say.',
        { outlet: 'Dunmere Times', publishedAt: '2027-02-03T08:00:00Z' },
      ],
    ]).result.differences ?? [];
  assert.ok(
    d.every((x) => !x.update),
    JSON.stringify(d),
  );
});

test('a count given anew "after a recount" is an update, with no other word of change', () => {
  const recounted =
    runCompare([
      [
        'Some 3,200 applications are waiting for a decision, the Vellor housing office says.',
        { outlet: 'Vellor Echo', publishedAt: '2027-02-01T08:00:00Z' },
      ],
      [
        'The Vellor housing office put its backlog at 3,900 applications after a recount last week.',
        { outlet: 'Dunmere Times', publishedAt: '2027-02-09T09:00:00Z' },
      ],
    ]).result.differences ?? [];
  const d = recounted.filter((x) => x.sides.some((s) => s.value?.number === 3900));
  assert.equal(d[0]?.update, true, JSON.stringify(recounted));
});
