import assert from 'node:assert/strict';
import { test } from 'node:test';
import { READ_CHANGED } from '../../fetch/replace-pages.ts';
import type { Article } from '../../model/index.ts';
import { revisionsHtml } from './revisions.ts';

// An invented page corrected in place: the version kept, read again a fortnight after its change.
const kept = {
  replacedAt: '2026-12-06T14:04:18.127Z',
  title: 'Ferry board backs fare rise',
  text: 'The Dunmere ferry board voted five to two on Tuesday to raise fares.',
  modifiedAt: null,
};
const article = (modifiedAt: string | null, source: string) =>
  ({
    title: 'Ferry board backs fare rise',
    text: 'The Dunmere ferry board voted six to one on Tuesday to raise fares.\n\nCorrection: the vote was six to one.',
    modifiedAt,
    metadataSources: { modifiedAt: source },
  }) as unknown as Article;

test("an earlier version is dated by the page's own time of its change when the page gives one", () => {
  const html = revisionsHtml(article('2026-11-18T10:05:00Z', 'html:meta article:modified_time'), [kept]);
  assert.match(
    html,
    /Changed 2026-11-18 10:05 UTC, as the page gives its change \(the store read the next version at 2026-12-06 14:04 UTC\)/,
  );
  assert.doesNotMatch(html, /Replaced by/);
  // numbered from the oldest, 1, whatever a browser makes of a reversed list's nested items
  assert.match(html, /<ol reversed><li value="1">/);
});

test('an earlier version is dated by when the store read the change when the page gives no time of its own', () => {
  const read = revisionsHtml(article('2026-12-06T14:04:18.000Z', READ_CHANGED), [kept]);
  // the time is the store's read of the next version (a page read again, or an earlier version met
  // after a later one), not a re-read of this version's page
  assert.match(read, /Replaced by the version the store read at 2026-12-06 14:04 UTC/);
  assert.doesNotMatch(read, /when the page was read again/);
  // a page time after the store's read, or no later than the kept version's own, dates nothing
  const later = revisionsHtml(article('2026-12-07T09:00:00Z', 'html:meta article:modified_time'), [kept]);
  assert.match(later, /Replaced by the version the store read at 2026-12-06 14:04 UTC/);
  const same = revisionsHtml(article('2026-11-18T10:05:00Z', 'json-ld:dateModified'), [
    { ...kept, modifiedAt: '2026-11-18T10:05:00Z' },
  ]);
  assert.match(same, /Replaced by the version the store read at 2026-12-06 14:04 UTC/);
});
