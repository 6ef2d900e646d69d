import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertToldBeside, summarized } from './test-story.ts';

// An invented story: two outlets give another count of the strikers, each in its own voice.
const STRIKE = [
  {
    outlet: 'Calloway Ledger',
    publishedAt: '2031-06-10T08:00:00Z',
    text: 'About 3,100 dockworkers walked off the job at Port Calloway on Monday over pay.\n\nThe port authority offered the union a new pay scale last month.\n\nContainer ships waited outside the harbour through the night.',
  },
  {
    outlet: 'Tidewater Business Daily',
    publishedAt: '2031-06-10T09:00:00Z',
    text: 'About 2,400 dockworkers walked off the job at Port Calloway on Monday over pay.\n\nThe port authority offered the union a new pay scale last month.\n\nGrain exports through the port have doubled since 2020.',
  },
];

// (another value of one measure is not a kind of clash proven a contradiction, compare/support/proven.ts:
// a difference to check, with both sides, not a disputed point)
test("a side of a figure two outlets give otherwise is told as its outlet's, the other beside it; the difference is listed to check", () => {
  const { comparison, out } = summarized(STRIKE, 400);
  const differences = comparison.differences ?? [];
  assert.ok(differences.length > 0, 'the compare stage finds the difference');
  assert.ok(
    differences.some(
      (d) => d.sides.some((s) => /3,100/.test(s.claim)) && d.sides.some((s) => /2,400/.test(s.claim)),
    ),
  );
  assert.ok(out.summary.length > 0);
  assertToldBeside(out.summary, /3,100|2,400/);
  const disputed = out.points.filter((p) => p.kind === 'disputed').map((p) => p.text);
  assert.ok(!disputed.some((t) => /3,100/.test(t) && /2,400/.test(t)), disputed.join(' | '));
  // nor is either side one outlet's uncontested point: "reported by one source only" would hide the other
  const single = out.points.filter((p) => p.kind === 'single-source').map((p) => p.text);
  assert.deepEqual(
    single.filter((t) => /3,100|2,400/.test(t)),
    [],
  );
  assert.ok(
    single.some((t) => /Grain exports/.test(t)),
    single.join(' | '),
  );
});

// An invented story: the same quotation, given to another speaker by each outlet (one quotes more of it).
const SHELTER = [
  {
    outlet: 'Dunmore Star',
    text: 'The Dunmore council voted on Tuesday to open a winter shelter in the old armory.\n\n“We cannot leave families out in the cold this winter,” Mayor Tom Birch said after the vote.\n\nThe shelter will hold up to eighty beds.',
  },
  {
    outlet: 'Valley Voice',
    text: 'Dunmore will turn its old armory into a winter shelter after a council vote on Tuesday.\n\nCouncilman Ed Keane, who backed the plan, told reporters that “we cannot leave families out in the cold this winter, whatever it costs.”\n\nNeighbours asked for more police patrols near the armory.',
  },
];

test('one quotation given to two speakers is told once', () => {
  const { out } = summarized(SHELTER, 400);
  const told = out.summary.filter((s) => /leave families out in the cold/.test(s.text));
  assert.ok(told.length <= 1, told.map((s) => s.text).join(' | '));
});
