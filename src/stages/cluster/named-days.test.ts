import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SegmentedArticle } from '../../model/index.ts';
import { dayOf } from '../../text/dates/days.ts';
import { namedDaysAgree, undatedKeys } from './named-days.ts';
import { articleParticulars, StoryParticulars } from './particulars.ts';
import { segmented } from './test-articles.ts';

const day = (y: number, m: number, d: number) => dayOf(y, m, d) as number;
const when = (title: string, text: string, on: number | null) =>
  articleParticulars(segmented([{ title, text }])[0] as SegmentedArticle, on).when;

describe('named days: a dated article’s weekday is the day it names', () => {
  test('keys carry the day against the article’s day; undated, the name alone', () => {
    const text = 'The Orvale council approved the quarry plan on Tuesday, officials said.';
    // (25 November 2026 is a Wednesday: its Tuesday is the 24th)
    assert.deepEqual(when('Quarry plan approved', text, day(2026, 11, 25)), [
      `w:tuesday@${day(2026, 11, 24)}`,
    ]);
    assert.deepEqual(when('Quarry plan approved', text, null), ['w:tuesday']);
    assert.deepEqual(undatedKeys([`w:tuesday@${day(2026, 11, 24)}`, 'w:tuesday', 'm:june']), [
      'w:tuesday',
      'm:june',
    ]);
  });

  // (day 102 is a Monday, 13 April 1970)
  const cases: [string, string, string, boolean][] = [
    ['the same day', 'w:monday@102', 'w:monday@102', true],
    ['the day after (its coverage)', 'w:monday@102', 'w:tuesday@103', true],
    ['a Monday and the Tuesday a week on: one apart by name only', 'w:monday@102', 'w:tuesday@110', false],
    ['a Tuesday and the next Monday', 'w:tuesday@103', 'w:monday@109', false],
    ['a Sunday and the Saturday before it', 'w:sunday@108', 'w:saturday@107', true],
    // (a story that runs a week names the next week's Monday, "from Monday", beside its first Monday)
    ['the same weekday a week on: names that agree', 'w:monday@102', 'w:monday@109', true],
    ['by name when one is undated', 'w:monday@102', 'w:tuesday', true],
    ['by name, two days on', 'w:monday', 'w:wednesday', false],
    ['dated, two days on', 'w:monday@102', 'w:wednesday@104', false],
    ['months by name', 'm:june', 'm:june', true],
  ];
  for (const [name, a, b, agree] of cases)
    test(name, () => {
      assert.equal(namedDaysAgree(a, b), agree);
      assert.equal(namedDaysAgree(b, a), agree);
    });

  test('a story of a Monday: a report of the Tuesday a week on disagrees with it', () => {
    const story = new StoryParticulars();
    story.update({ triggers: [], when: ['w:monday@102'] }, 1);
    assert.equal(story.whenConflict({ triggers: [], when: ['w:tuesday@110'] }), 1);
    assert.equal(story.whenConflict({ triggers: [], when: ['w:tuesday@103'] }), 0);
    assert.equal(story.whenConflict({ triggers: [], when: ['w:monday@109'] }), 0);
    assert.equal(story.whenConflict({ triggers: [], when: ['w:tuesday'] }), 0);
  });
});
