import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// A live page's sign-off (text/sign-offs.ts) tells of the coverage, not the story (newuser9 #11).
test('a live blog’s sign-off is no timeline event (invented; fails before)', () => {
  const { timeline } = timelineOfStory([
    {
      text: 'Crews pumped water out of the Kessmoor underpass on Friday. That is all from our live coverage for today. We will be back on Saturday morning.',
      publishedAt: '2026-03-06T18:00:00Z',
    },
    {
      text: 'Water filled the Kessmoor underpass on Friday, and crews pumped it out by the evening.',
      publishedAt: '2026-03-06T20:00:00Z',
    },
  ]);
  const texts = timeline.map((e) => e.text).join(' | ');
  assert.ok(timeline.length > 0, 'the pumping is dated');
  assert.doesNotMatch(texts, /live coverage|be back/);
});
