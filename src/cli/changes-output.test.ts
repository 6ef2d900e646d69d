import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/index.ts';
import { revisionChanges } from '../store/revision-changes.ts';
import type { StoredArticle, StoryChanges } from '../store/types.ts';
import { articleText, changesText, versionLines } from './changes-output.ts';

// An invented page corrected twice: the two earlier versions the store kept, and the text now.
const now = {
  title: 'Dunmere ferry fares rise',
  text: 'Fares rise to 4 crowns.\n\nThe board met on Monday.',
};
const revisions = revisionChanges(now, [
  {
    replacedAt: '2026-11-02T08:00:00.000Z',
    title: 'Dunmere ferry fares may rise',
    text: 'Fares may rise.\n\nThe board met on Monday.',
    modifiedAt: null,
  },
  {
    replacedAt: '2026-11-03T08:00:00.000Z',
    title: 'Dunmere ferry fares rise',
    text: 'Fares rise to 5 crowns.\n\nThe board met on Monday.',
    modifiedAt: null,
  },
]);

test('articles --versions lists the earlier versions newest first, as article --versions does', () => {
  const lines = versionLines(revisions).trimEnd().split('\n');
  assert.deepEqual(
    lines.map((line) =>
      /^\tversion (\d), replaced by the version the store read at (\S+)/.exec(line)?.slice(1),
    ),
    [
      ['2', '2026-11-03'],
      ['1', '2026-11-02'],
    ],
  );
  const stored = {
    article: { id: 'a7', outlet: 'Dunmere Post', publishedAt: null, url: null, ...now } as unknown as Article,
    storyId: null,
    ingestedAt: '2026-11-01T08:00:00.000Z',
  } as StoredArticle;
  const page = articleText(stored, revisions, true);
  assert.deepEqual(
    [...page.matchAll(/\nVersion (\d), replaced by the version the store read at (\S+)/g)].map((m) =>
      m.slice(1),
    ),
    [
      ['2', '2026-11-03'],
      ['1', '2026-11-02'],
    ],
  );
});

// review41-B: the next page's and the look-again commands named no store (they read ./parallax.db when
// the page was of --db news.db) and dropped the page's --limit
test('changes: the commands it prints name the store as given and keep the page size', () => {
  const text = changesText(
    '2026-11-01T00:00:00.000Z',
    [],
    { more: null, since: null },
    { db: 'postgres://ana:s3cret@db.dunmere.example/news', limit: '5' },
  );
  assert.equal(text, 'No story changed since 2026-11-01.\n');
  const story = { id: 's3', title: 'Dunmere ferry fares rise', articleCount: 2 } as StoryChanges['story'];
  const page = changesText(
    '2026-11-01T00:00:00.000Z',
    [{ story, newArticles: 0, updatedArticles: 0, articles: [], events: [] }],
    { more: '2026-11-02T08:00:00.000Z~~s3', since: '2026-11-02T08:00:00.000Z' },
    { db: 'postgres://ana:s3cret@db.dunmere.example/news', limit: '5' },
  );
  assert.doesNotMatch(page, /s3cret/);
  assert.match(
    page,
    /\nMore \(this page is not all\): parallax changes --db 'postgres:\/\/ana:\*\*\*@db\.dunmere\.example\/news' --since 2026-11-01T00:00:00\.000Z --limit 5 --after 2026-11-02T08:00:00\.000Z~~s3\n/,
  );
  assert.match(
    page,
    /once every page is read: parallax changes --db '[^']+' --since 2026-11-02T08:00:00\.000Z\n$/,
  );
  // no --db given: the commands find the store as this one did
  assert.match(
    changesText(
      '2026-11-01T00:00:00.000Z',
      [{ story, newArticles: 0, updatedArticles: 0, articles: [], events: [] }],
      { more: 'x~~s3', since: null },
    ),
    /: parallax changes --since \S+ --after x~~s3\n$/,
  );
});

// newuser21 #14: a page read again whose new version carries a "Correction:" note was told as updated only
test('changes: an updated article is named with the correction its page added', () => {
  const story = { id: 's3', title: 'Dunmere ferry fares rise', articleCount: 2 } as StoryChanges['story'];
  const updated = {
    kind: 'updated',
    id: 'a7',
    title: 'Fares rise',
    outlet: 'Dunmere Post',
    at: '2026-11-03T08:00:00.000Z',
  } as const;
  const page = (notes: StoryChanges['articles'][number]['notes']) =>
    changesText(
      '2026-11-01T00:00:00.000Z',
      [{ story, newArticles: 0, updatedArticles: 1, articles: [{ ...updated, notes }], events: [] }],
      { more: null, since: null },
    );
  assert.match(page(['correction']), /: a7 Fares rise \(Dunmere Post\), a correction added\n/);
  assert.match(page([]), /: a7 Fares rise \(Dunmere Post\)\n/);
});

// newuser23 #14: `--since 2026-12-07T17:35:06Z` and `…T17:35:52Z` were both "since 2026-12-07 17:35 UTC"
test('changes: the heading gives the time as --since gave it, to the second', () => {
  const none = { more: null, since: null };
  assert.equal(
    changesText('2026-12-07T17:35:06.000Z', [], none),
    'No story changed since 2026-12-07 17:35:06 UTC.\n',
  );
  assert.equal(
    changesText('2026-12-07T17:35:52.250Z', [], none),
    'No story changed since 2026-12-07 17:35:52.25 UTC.\n',
  );
  assert.equal(
    changesText('2026-12-07T17:35:00.000Z', [], none),
    'No story changed since 2026-12-07 17:35 UTC.\n',
  );
});
