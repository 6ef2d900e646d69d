import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/index.ts';
import { revisionChanges } from '../store/revision-changes.ts';
import type { StoredArticle } from '../store/types.ts';
import { articleText, versionLines } from './changes-output.ts';

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
