import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// A live-updated article (published on a Friday, changed on the Monday after): its one "Update:" item
// was written on the Monday, so its "on Monday" is that day, not the Monday before the article.
const LIVE =
  'The Kell football board met on Friday to discuss the collapsed stand at Kell Park.\n\nUpdate: The board voted on Monday to close the ground for the season.';
const daysOf = (extra: object) =>
  timelineOfStory([{ text: LIVE, publishedAt: '2031-05-02', ...extra }])
    .timeline.filter((e) => e.text.includes('voted'))
    .map((e) => e.date);

test("an 'Update:' item counts its days from the article's last change", () => {
  assert.deepEqual(daysOf({ modifiedAt: '2031-05-05T10:00:00Z' }), ['2031-05-05']);
  // without a modifiedAt, from its publication day, as before
  assert.deepEqual(daysOf({}), ['2031-04-28']);
});

test('with two update items the day of the last change is no one item’s: both count from publication', () => {
  const two = `${LIVE}\n\nUpdate: Engineers said on Saturday the other stands were safe.`;
  const days = timelineOfStory([{ text: two, publishedAt: '2031-05-02', modifiedAt: '2031-05-05' }])
    .timeline.filter((e) => e.text.includes('voted'))
    .map((e) => e.date);
  assert.deepEqual(days, ['2031-04-28']);
});

test("a dated 'Update (May 7):' item counts from its label's day, not from the page's last change", () => {
  const text =
    'The River Sallow burst its banks in Drossmouth on Sunday, flooding 40 homes.\n\nUpdate (May 7): The council voted today to open the sports hall as a shelter.';
  const days = timelineOfStory([{ text, publishedAt: '2031-05-05', modifiedAt: '2031-05-09' }])
    .timeline.filter((e) => e.text.includes('sports hall'))
    .map((e) => e.date);
  assert.deepEqual([...new Set(days)], ['2031-05-07']);
});
