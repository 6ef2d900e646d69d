import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfCompared } from './story-fixture.ts';

// newuser15 #7: a dated claim an outlet tells disputed ("passed a fire inspection in February" / "But
// the union disputed that.") is marked disputed on the timeline, with who disputes it; the fire's
// day is not. Invented outlets, people and places.
const story = (dispute: string) => [
  {
    title: 'Fire at Calder pier warehouse',
    outlet: 'The Brisk Herald',
    publishedAt: '2031-03-04T09:00:00Z',
    text: 'Six dockers were injured on Monday when fire broke out at the Velt Freight warehouse on Calder pier.\n\nThe warehouse passed its last fire inspection in February.',
  },
  {
    title: 'Six hurt in Calder pier fire',
    outlet: 'Calder Evening Star',
    publishedAt: '2031-03-04T10:00:00Z',
    text: `Six people were hurt on Monday in a fire at the Velt Freight warehouse on Calder pier.\n\nPorts Minister Tomas Erlend told reporters the warehouse had passed a fire inspection in February. ${dispute}`,
  },
];

test('the disputed inspection is marked disputed by the union; the fire is not', () => {
  const events = timelineOfCompared(story('But the Calder Dockers Union disputed that.'));
  const february = events.filter((e) => e.date.startsWith('2031-02'));
  assert.ok(february.length, JSON.stringify(events));
  assert.ok(
    february.some((e) => e.disputedBy?.includes('the Calder Dockers Union')),
    JSON.stringify(february),
  );
  assert.ok(events.filter((e) => e.date === '2031-03-03').every((e) => !e.disputedBy));
});

test('told undisputed, the inspection is no disputed event', () => {
  const events = timelineOfCompared(story('He visited the pier on Tuesday.'));
  assert.ok(
    events.every((e) => !e.disputedBy),
    JSON.stringify(events),
  );
});
