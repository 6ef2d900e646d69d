import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser22 #6: a later article that gives a newer count and the older one as the count it replaced
// ("The harbour police's earlier count was 64") tells the change: one update 64 → 71, listed once;
// and one vote's tally found again as a count of "votes" is the vote-count difference, listed once.
// Invented articles.
test('an article giving the older value as the "earlier count" beside its newer one tells an update', () => {
  const { result } = runCompare([
    [
      'A ferry carrying 64 people reached the port of Dunmere on Saturday after three days at sea, the harbour police said.',
      { outlet: 'Vellor Echo', publishedAt: '2027-05-01T08:00:00Z' },
    ],
    [
      'The harbour police brought 71 people ashore at Dunmere on Saturday after the ferry they were travelling on lost power.\n\nThe harbour police’s earlier count was 64.',
      { outlet: 'Coastline Wire', publishedAt: '2027-05-01T13:00:00Z' },
    ],
  ]);
  const d = (result.differences ?? []).filter((x) => x.sides.some((s) => s.value?.number === 71));
  assert.equal(d.length, 1, JSON.stringify(result.differences));
  assert.equal(d[0]?.update, true);
  assert.deepEqual(
    d[0]?.sides.map((s) => s.value?.number),
    [64, 71],
  );
});

test('one vote told 31 to 24 and 30 to 25 is one difference, not also a count of votes', () => {
  const { result } = runCompare([
    [
      'The Vellor council on Tuesday approved the harbour levy by 31 votes to 24 after a long debate.',
      { outlet: 'Vellor Echo', publishedAt: '2027-05-04T18:00:00Z' },
    ],
    [
      'The levy passed by 30 votes to 25 after four hours of debate.',
      { outlet: 'Coastline Wire', publishedAt: '2027-05-04T19:00:00Z' },
    ],
    [
      'Councillors approved the harbour levy by 30 votes to 25 on Tuesday.',
      { outlet: 'Dunmere Times', publishedAt: '2027-05-04T20:00:00Z' },
    ],
  ]);
  assert.deepEqual(
    (result.differences ?? []).map((d) => d.about),
    ['vote count'],
  );
});
