import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';
import { titleTellsAhead } from './title-plan.ts';

test('a headline tells its event as still ahead: "to" and its verb after the subject, a future or a plan word', () => {
  for (const title of [
    'Council to vote on budget tonight',
    'Harbour bridge to reopen Monday',
    'Council will vote on budget',
    'Council set to vote on budget',
    'Council To Vote On Budget Tonight',
  ])
    assert.equal(titleTellsAhead(title), true, title);
  for (const title of [
    'Council passes budget 8-3',
    'Council votes to close library',
    'Marlow budget approved after late session',
    'Mayor says bridge to reopen Monday',
  ])
    assert.equal(titleTellsAhead(title), false, title);
});

// Invented: a preview under a working title, then two reports of the vote the next morning.
const BUDGET = [
  {
    outlet: 'Marlow Herald',
    title: 'Council to vote on budget tonight',
    publishedAt: '2031-03-11T08:00:00Z',
    text: 'Marlow Town Council will vote on its 2031 budget tonight after weeks of debate over library hours.\n\nThe budget adds $2 million for road repairs and trims library hours on Sundays.',
  },
  {
    outlet: 'Marlow Daily',
    title: 'Marlow council passes budget after late session',
    publishedAt: '2031-03-12T07:00:00Z',
    text: 'Marlow Town Council passed its 2031 budget on Tuesday night after a session that ran past midnight.\n\nThe budget adds $2 million for road repairs and trims library hours on Sundays.',
  },
  {
    outlet: 'Valley Radio',
    title: 'Marlow approves budget, trims library hours',
    publishedAt: '2031-03-12T09:00:00Z',
    text: 'Marlow Town Council approved its 2031 budget on Tuesday night.\n\nThe budget adds $2 million for road repairs and trims library hours on Sundays.',
  },
];

test("the summary's headline is no preview's working title when a report since tells the event done", () => {
  const { out } = summarized(BUDGET, 60);
  assert.ok(out.headline, 'a headline');
  assert.notEqual(out.headline, 'Council to vote on budget tonight');
  assert.equal(titleTellsAhead(out.headline), false, out.headline);
});
