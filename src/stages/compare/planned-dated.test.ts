import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './support/verdict-of.ts';
import { runCompare } from './test-story.ts';

// Invented pairs: ◷ "tells it as planned" says an article was written before the fact's event.

test('an estimate of a cost ("will cost") is no plan of the estimate told as done ("put the cost at")', () => {
  const j = judgementOf(
    'The council put the cost of a new weir at 3.1m dollars.',
    'The council estimates a new weir will cost $3.1 million.',
  );
  assert.notEqual(j.verdict, 'planned-vs-happened', j.reason);
});

// midreview27 F10: an article dated on or after the event that still tells it as ahead keeps its ◷
// ('tells it as planned'): without it the plan and the done event were two facts, and the summary
// told the event as both done and ahead
test('a plan told in an article of any day against one that tells it as done is ◷', () => {
  const story = (planDay: string) =>
    runCompare([
      [
        'The Kettle ferry board signed the harbour lease in Dunmore on Friday.',
        { publishedAt: '2031-05-09' },
      ],
      ['The Kettle ferry board will sign the harbour lease in Dunmore on Friday.', { publishedAt: planDay }],
    ]).factWith('signed')[0]?.coverage.a2;
  for (const day of ['2031-05-09', '2031-05-10', '2031-05-08']) {
    assert.equal(story(day)?.mark, 'published-before', day);
    // flagged, so the report says what it tells rather than "published before the event"
    assert.equal(story(day)?.told, 'as-planned', day);
  }
});
