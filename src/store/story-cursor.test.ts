import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cursorAfter, parseCursor } from './story-cursor.ts';
import type { StorySummary } from './types.ts';

// A story of the list as the store sums it up; only the order's fields matter here.
const story = (fields: Partial<StorySummary>): StorySummary => ({
  id: 's4',
  title: 'Quay crane stops',
  topicId: null,
  articleCount: 1,
  outlets: ['Tarrow Post'],
  unnamedArticles: 0,
  firstAt: null,
  lastAt: null,
  updatedAt: '2026-12-06T01:40:00.000Z',
  newestAt: '2026-12-05T09:00:00.000Z',
  reportStale: false,
  titleWorking: false,
  reportReadable: true,
  reportVersion: null,
  ...fields,
});

test("a page's cursor names its last story's change time, newest article and id, and reads back", () => {
  const text = cursorAfter(story({}));
  assert.equal(text, '2026-12-06T01:40:00.000Z~2026-12-05T09:00:00.000Z~s4');
  assert.deepEqual(parseCursor(text), {
    updatedAt: '2026-12-06T01:40:00.000Z',
    newestAt: '2026-12-05T09:00:00.000Z',
    id: 's4',
  });
  // a story with no article time: an empty middle part, read back as null
  assert.deepEqual(parseCursor(cursorAfter(story({ newestAt: null }))), {
    updatedAt: '2026-12-06T01:40:00.000Z',
    newestAt: null,
    id: 's4',
  });
});

test('a cursor of before the newest article was in the order (TIME~ID) is still read; others are not', () => {
  assert.deepEqual(parseCursor('2026-12-06T01:40:00.000Z~s11'), {
    updatedAt: '2026-12-06T01:40:00.000Z',
    id: 's11',
  });
  assert.equal(parseCursor('2026-12-06T01:40:00.000Z~soon~s11'), null);
  assert.equal(parseCursor('2026-12-06T01:40:00.000Z~~~s11'), null);
  assert.equal(parseCursor('nope'), null);
  assert.equal(parseCursor('2026-12-06T01:40:00.000Z~a b'), null);
});

test('a cursor of the list most outlets first carries the outlet count, and each order reads only its own', () => {
  const text = cursorAfter(story({ outlets: ['Tarrow Post', 'Quillby Wire'] }), true);
  assert.equal(text, '2~2026-12-06T01:40:00.000Z~2026-12-05T09:00:00.000Z~s4');
  assert.deepEqual(parseCursor(text, true), {
    updatedAt: '2026-12-06T01:40:00.000Z',
    newestAt: '2026-12-05T09:00:00.000Z',
    id: 's4',
    outletCount: 2,
  });
  assert.equal(parseCursor(text), null);
  assert.deepEqual(parseCursor(cursorAfter(story({}))), parseCursor(cursorAfter(story({})), false));
  assert.equal(parseCursor(cursorAfter(story({})), true), null);
  assert.equal(parseCursor('x~2026-12-06T01:40:00.000Z~~s4', true), null);
});
