import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// A union chair's rhetorical question after a budget vote ("Ten percent today, what next year?") gave two
// timeline lines, one on the day ("from today") and one "2026 (planned)" ("from next year"): a question
// tells no event. A date in the quoted statement beside it still dates one. Invented articles.

test('timeline: a date inside a quoted question dates no event', () => {
  const { timeline: events } = timelineOfStory([
    {
      title: 'Fennick Road library to close',
      publishedAt: '2025-11-18T20:00:00Z',
      text: 'The council voted on Tuesday to cut the library budget by 600,000 dollars.\n\nUnion chair Tomas Ekwall said: "Ten percent today, what next year?"',
    },
  ]);
  assert.ok(
    events.some((e) => e.text.includes('voted on Tuesday')),
    JSON.stringify(events.map((e) => e.text)),
  );
  assert.deepEqual(
    events.filter((e) => e.text.includes('what next year')).map((e) => e.text),
    [],
  );
});

test('timeline: a date inside a quoted statement still dates its event', () => {
  const { timeline: events } = timelineOfStory([
    {
      title: 'Library branch closes',
      publishedAt: '2025-11-18T20:00:00Z',
      text: 'Union chair Tomas Ekwall said: "The Fennick Road branch closes next year, and nobody asked the readers."',
    },
  ]);
  assert.ok(
    events.some((e) => e.text.includes('closes next year')),
    JSON.stringify(events.map((e) => e.text)),
  );
});
