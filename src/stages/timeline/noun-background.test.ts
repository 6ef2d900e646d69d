import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// A date told after a participle of a noun ("the cut approved last month") is that noun's
// background: beside a date of the main clause, the sentence is dated by its main clause only
// (newuser13 #10: a strike of December was listed in November from "approved last month"). Invented.

const datesOf = (text: string) =>
  timelineOfStory([{ publishedAt: '2026-12-03T08:00:00Z', text }]).timeline.map((e) => e.date);

test("a reduced relative clause's date does not date the sentence's main event", () => {
  assert.deepEqual(
    datesOf(
      'The Dunmore libraries were shut on Wednesday as staff began a strike over the budget cut approved last month.',
    ),
    ['2026-12-02'],
  );
});

test('a date of the main verb stays: "The council approved the cut last month"', () => {
  assert.deepEqual(
    datesOf(
      'The Dunmore council approved the library cut last month, and staff began a strike on Wednesday.',
    ),
    ['2026-11-01', '2026-12-02'],
  );
});

test("alone, a reduced relative clause's date still dates its sentence", () => {
  assert.deepEqual(
    datesOf('Staff at Dunmore libraries are angry about the budget cut approved last month.'),
    ['2026-11-01'],
  );
});

test('a subject and its past verb are no noun\'s participle: "…, city officials said Wednesday"', () => {
  assert.deepEqual(
    datesOf(
      'The Dunmore council will add ferry sailings from Monday, city and transport officials said Wednesday.',
    ),
    ['2026-12-02', '2026-12-07'],
  );
});
