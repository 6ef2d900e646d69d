import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story (newuser19 finding 1): two outlets give one planned vote two days, each with its
// weekday; one title gives the weekday alone ("set for Thursday").
const VOTE = [
  {
    outlet: 'Tarnby Courier',
    title: 'Tarnby council to vote on harbour levy on Tuesday, June 8',
    publishedAt: '2031-06-07T08:00:00Z',
    text: 'Tarnby council will vote on the harbour levy on Tuesday, June 8, the clerk said on Monday.\n\nThe levy raises 3 million crowns for a new breakwater.\n\nFishermen said the levy was too high.',
  },
  {
    outlet: 'Bay Mercury',
    title: 'Harbour levy vote set for Thursday',
    publishedAt: '2031-06-07T09:00:00Z',
    text: 'Tarnby council will vote on the harbour levy on Thursday, June 10, with the breakwater at the heart of the plan.\n\nThe levy raises 3 million crowns for a new breakwater.\n\nBoat owners opposed the levy.',
  },
];

test('a title that gives one side of a date difference by its weekday alone ("set for Thursday") heads no story', () => {
  const { comparison, out } = summarized(VOTE, 400);
  assert.ok(comparison.differences?.some((d) => d.kind === 'date'));
  assert.ok(out.headline, 'a headline');
  assert.doesNotMatch(out.headline, /Tuesday|Thursday|June/);
  for (const s of out.summary) assert.doesNotMatch(s.text, /Tuesday|Thursday/, s.text);
});
