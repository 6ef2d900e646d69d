import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// newuser17 #7/#8: an event told as called off had not yet taken place when it was called off: its
// weekday is the nearest such day either way, not the one before the day of writing, and it is no
// plan. Invented sentences.
const eventsOf = (sentence: string, publishedAt: string) =>
  timelineOfStory([{ title: 'Brackwater ferries', text: `Brackwater ferries\n\n${sentence}`, publishedAt }])
    .timeline;

test("a strike called off in a Saturday article is the coming Tuesday's, told as no plan", () => {
  for (const sentence of [
    "The Seafarers Guild has called off Tuesday's ferry strike at Brackwater Lines.",
    "Tuesday's ferry strike at Brackwater Lines has been suspended, the Seafarers Guild said.",
  ]) {
    const events = eventsOf(sentence, '2026-03-07T09:00:00Z');
    assert.deepEqual(
      events.map((e) => [e.date, e.planned ?? false]),
      [['2026-03-10', false]],
      sentence,
    );
  }
});

test("flights cancelled on a Tuesday for Monday's storm keep the Monday gone by", () => {
  const events = eventsOf("Orran Air cancelled Monday's flights to the islands.", '2026-03-10T09:00:00Z');
  assert.deepEqual(
    events.map((e) => e.date),
    ['2026-03-09'],
  );
});

test('a possessive weekday with no call-off is read as before', () => {
  const events = eventsOf(
    "Tuesday's ferry strike at Brackwater Lines halted every sailing.",
    '2026-03-07T09:00:00Z',
  );
  assert.deepEqual(
    events.map((e) => e.date),
    ['2026-03-03'],
  );
});
