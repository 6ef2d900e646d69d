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

// Only the date's own sentence within the quote is asked: a quote that ends with a question keeps the
// dates of its statements, and a question before a statement drops its own (midreview34 #3). Invented.
test('timeline: a date is dropped only when its own sentence in the quote is the question', () => {
  const told = (text: string) =>
    timelineOfStory([
      { title: 'Fennick Road branch', publishedAt: '2025-11-18T20:00:00Z', text },
    ]).timeline.map((e) => `${e.date} ${e.text}`);
  for (const text of [
    'Mayor Hella Brandt said: "The Fennick Road branch closes on March 1, 2026. Why would anyone be surprised?"',
    '"The Fennick Road branch closes on March 1, 2026. Who could be surprised?" Mayor Hella Brandt said.',
  ]) {
    const events = told(text);
    assert.ok(
      events.some((e) => e.startsWith('2026-03-01')),
      `${text}\n${JSON.stringify(events)}`,
    );
  }
  const asked = told('"What next year? The Fennick Road branch closes in May," the mayor said.');
  // the statement's May dates its line; the asked "next year" dates none
  assert.ok(asked.length > 0 && asked.every((e) => e.startsWith('2026-05')), JSON.stringify(asked));
});
