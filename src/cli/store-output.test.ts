import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestSummary } from '../store/ingest/index.ts';
import type { StoredArticle, StorySummary } from '../store/types.ts';
import {
  articleJson,
  articleLine,
  ingestLine,
  sameTextLine,
  shownLocation,
  storedPageLines,
  storiesTable,
} from './store-output.ts';

test('shownLocation hides a URL password, nothing else', () => {
  const cases: [string, string][] = [
    ['postgres://ann:s3cret@db.example:5432/news', 'postgres://ann:***@db.example:5432/news'],
    ['postgresql://ann@db.example/news', 'postgresql://ann@db.example/news'],
    ['postgres://parallax@/parallax?host=/tmp/pg', 'postgres://parallax@/parallax?host=/tmp/pg'],
    ['./news:2024@x.db', './news:2024@x.db'],
    ['parallax.db', 'parallax.db'],
  ];
  for (const [location, shown] of cases) assert.equal(shownLocation(location), shown);
});

test('ingestLine: what was stored, what was already there, how the stories changed', () => {
  const summary = (over: Partial<IngestSummary>): IngestSummary => ({
    files: 3,
    totalFiles: 3,
    records: 3,
    totalRecords: 3,
    articles: 3,
    inserted: 3,
    duplicates: 0,
    duplicatesBy: { url: 0, content: 0 },
    storiesCreated: 1,
    storiesGrown: 0,
    storiesMerged: 0,
    batches: 1,
    copiesOfStored: 0,
    replaced: 0,
    keptEarlier: 0,
    insertedIds: [],
    ...over,
  });
  const cases: [Partial<IngestSummary>, string][] = [
    [{}, 'ingested 3 articles into x.db: 3 new, 0 already stored; 1 new story, 0 grown'],
    [
      {
        inserted: 1,
        duplicates: 2,
        duplicatesBy: { url: 1, content: 1 },
        storiesCreated: 0,
        storiesGrown: 1,
      },
      'ingested 3 articles into x.db: 1 new, 2 already stored (1 by URL, 1 by text); 0 new stories, 1 grown',
    ],
    [
      { copiesOfStored: 2 },
      'ingested 3 articles into x.db: 3 new (2 copies of stored articles), 0 already stored; 1 new story, 0 grown',
    ],
    [
      { copiesOfStored: 1 },
      'ingested 3 articles into x.db: 3 new (1 copy of stored articles), 0 already stored; 1 new story, 0 grown',
    ],
    [
      { storiesCreated: 0, storiesGrown: 1, storiesMerged: 1 },
      'ingested 3 articles into x.db: 3 new, 0 already stored; 0 new stories, 1 grown, 1 merged into others',
    ],
    [
      { inserted: 0, duplicates: 3, duplicatesBy: { url: 0, content: 3 }, storiesCreated: 0 },
      'nothing new: all 3 articles already in x.db (3 by text)',
    ],
    [
      { articles: 1, inserted: 0, duplicates: 1, duplicatesBy: { url: 1, content: 0 }, storiesCreated: 0 },
      'nothing new: the article is already in x.db (1 by URL)',
    ],
    // a page stored before, read again corrected (or its earlier version met after it): no duplicate
    [
      { articles: 1, inserted: 0, replaced: 1, storiesCreated: 0 },
      'ingested 1 article into x.db: 0 new, 1 replaced by a later version of its page, 0 already stored; 0 new stories, 0 grown',
    ],
    [
      { articles: 2, inserted: 0, keptEarlier: 1, duplicates: 1, duplicatesBy: { url: 1, content: 0 } },
      'ingested 2 articles into x.db: 0 new, 1 kept as an earlier version of a stored page, 1 already stored (1 by URL); 1 new story, 0 grown',
    ],
  ];
  for (const [over, line] of cases) assert.equal(ingestLine(summary(over), 'x.db'), line);
  // a text not stored for want of a date (its note printed above) is not "already stored": it shares
  // little of the stored text
  const held: [Partial<IngestSummary>, string][] = [
    [
      { articles: 1, inserted: 0, duplicates: 1, duplicatesBy: { url: 1, content: 0 }, storiesCreated: 0 },
      'nothing stored in x.db: 1 not stored for want of a date (said above)',
    ],
    [
      { articles: 3, inserted: 0, duplicates: 3, duplicatesBy: { url: 2, content: 1 }, storiesCreated: 0 },
      'nothing stored in x.db: 2 already stored (1 by URL, 1 by text), 1 not stored for want of a date (said above)',
    ],
    [
      { articles: 3, inserted: 2, duplicates: 1, duplicatesBy: { url: 1, content: 0 } },
      'ingested 3 articles into x.db: 2 new, 0 already stored, 1 not stored for want of a date (said above); 1 new story, 0 grown',
    ],
  ];
  for (const [over, line] of held) assert.equal(ingestLine(summary(over), 'x.db', 1), line);
});

test('storedPageLines: a page met at a stored address and not dropped is said, whatever was done with it', () => {
  const note = (code: string, message: string) => ({ code, severity: 'info' as const, message });
  // before, only a later version was said: an earlier one kept, or another day's article stored, was silent
  assert.deepEqual(
    storedPageLines([
      note('ingest/later-version', 'b.json#1: a later version of a1 (…) stored in its place'),
      note('ingest/earlier-version', 'c.json#1: an earlier version of a1 (…) kept as its revision'),
      note('ingest/another-at-address', 'd.json#1: another article at the address of a1 (…), stored as a2'),
      note('ingest/stored-kept', 'e.json#1: a1 keeps its outlet'),
      note('ingest/undated-at-address', 'f.json#1: not stored: it shares little of the text of a1, …'),
    ]),
    [
      'parallax: b.json#1: a later version of a1 (…) stored in its place\n',
      'parallax: c.json#1: an earlier version of a1 (…) kept as its revision\n',
      'parallax: d.json#1: another article at the address of a1 (…), stored as a2\n',
      'parallax: f.json#1: not stored: it shares little of the text of a1, …\n',
    ],
  );
});

test('sameTextLine names the files left out as a stored text, the first three, and how many more', () => {
  const note = (n: number) => ({
    code: 'ingest/same-text',
    severity: 'info' as const,
    message: `r${n}.txt = a1 (w.txt)`,
  });
  assert.equal(sameTextLine([]), '');
  assert.equal(
    sameTextLine([note(1)]),
    "parallax: 1 file not stored, the same text as a stored article (give its outlet in a manifest to keep it as that outlet's copy): r1.txt = a1 (w.txt)\n",
  );
  assert.match(
    sameTextLine([1, 2, 3, 4, 5].map(note)),
    /^parallax: 5 files not stored, .*: r1\.txt = a1 \(w\.txt\); r2.*; r3\.txt = a1 \(w\.txt\); and 2 more\n$/,
  );
});

test('storiesTable keeps each story on one row', () => {
  const story = {
    id: 's4',
    title: 'Tolls | fares\nrise',
    topicId: null,
    articleCount: 2,
    outlets: [],
    unnamedArticles: 0,
    firstAt: '2024-05-01T10:00:00.000Z',
    lastAt: null,
    updatedAt: '2024-05-02T00:00:00.000Z',
    newestAt: null,
    reportStale: true,
    titleWorking: true,
    reportReadable: false,
    reportVersion: null,
  };
  const table = storiesTable([story]);
  // a title its report's headline may replace is marked, and the mark said once under the table
  assert.equal(
    table.split('\n')[2],
    '| s4 | Tolls \\| fares rise (working title) | 2 | — | 2024-05-01 | to compute |',
  );
  assert.match(
    table,
    /\nA working title is the one a story was grouped under: its report's headline replaces it/,
  );
  const current = storiesTable([{ ...story, reportStale: false, titleWorking: false, reportReadable: true }]);
  assert.equal(current.split('\n')[2], '| s4 | Tolls \\| fares rise | 2 | — | 2024-05-01 | current |');
  assert.doesNotMatch(current, /working title/);
  // an older Parallax's report of its present articles: computed again, but its headline is the title
  const older = storiesTable([{ ...story, titleWorking: false, reportVersion: '0.0.1' }]);
  assert.doesNotMatch(older, /working title/);
  // a newer Parallax's report: shown as it is, or computed for each reader when its shape is unknown
  const cellOf = (fields: Partial<StorySummary>) =>
    storiesTable([{ ...story, ...fields }])
      .split('\n')[2]
      ?.split(' | ')[5];
  assert.equal(cellOf({ reportStale: false, reportReadable: true }), 'current |');
  assert.equal(cellOf({ reportStale: false }), 'newer Parallax: computed when read |');
  // the published days: a span, one day once, none when no article of it is dated
  const row = (firstAt: string | null, lastAt: string | null) =>
    storiesTable([{ ...story, firstAt, lastAt }])
      .split('\n')[2]
      ?.split(' | ')[4];
  assert.equal(row('2024-05-01T10:00:00.000Z', '2024-05-03T09:00:00.000Z'), '2024-05-01 – 2024-05-03');
  assert.equal(row('2024-05-01T10:00:00.000Z', '2024-05-01T18:00:00.000Z'), '2024-05-01');
  assert.equal(row(null, null), '—');
  assert.equal(storiesTable([]), 'No stories.\n');
});

test('storiesTable counts the articles of no named outlet beside the outlets named', () => {
  const story: StorySummary = {
    id: 's2',
    title: 'Ferry fares rise',
    topicId: null,
    articleCount: 5,
    outlets: ['Gullport Gazette'],
    unnamedArticles: 4,
    firstAt: null,
    lastAt: null,
    updatedAt: '2024-05-02T00:00:00.000Z',
    newestAt: null,
    reportStale: true,
    titleWorking: true,
    reportReadable: false,
    reportVersion: null,
  };
  const outletsCell = (fields: Partial<StorySummary>) =>
    storiesTable([{ ...story, ...fields }])
      .split('\n')[2]
      ?.split(' | ')[3];
  assert.equal(outletsCell({}), 'Gullport Gazette; 4 articles of no named outlet');
  assert.equal(outletsCell({ outlets: [], unnamedArticles: 1 }), '1 article of no named outlet');
  assert.equal(outletsCell({ unnamedArticles: 0 }), 'Gullport Gazette');
});

test('articleLine marks the day an undated article was stored; a publication day stands alone', () => {
  const stored = (publishedAt: string | null): StoredArticle => ({
    article: {
      id: 'a1',
      source: 'in/ferry.txt',
      title: 'Ferry fares rise',
      outlet: null,
      publishedAt,
      text: 'Ferry fares rise.',
    } as StoredArticle['article'],
    storyId: 's1',
    ingestedAt: '2026-12-05T07:00:00.000Z',
  });
  assert.equal(articleLine(stored(null)), 'a1\t2026-12-05 (stored)\t—\ts1\tFerry fares rise\n');
  assert.equal(articleLine(stored('2024-05-01T10:00:00.000Z')), 'a1\t2024-05-01\t—\ts1\tFerry fares rise\n');
  // dated only by an "Updated …" line (or a page's dateModified): that day, marked as an update's
  const updated = stored(null);
  const onlyUpdated = { ...updated, article: { ...updated.article, modifiedAt: '2026-12-03' } };
  assert.equal(articleLine(onlyUpdated), 'a1\t2026-12-03 (updated)\t—\ts1\tFerry fares rise\n');
  // the JSON line keeps the two apart: no publication date, and the time it was stored
  const json = JSON.parse(articleJson(stored(null)));
  assert.equal(json.publishedAt, null);
  assert.equal(json.ingestedAt, '2026-12-05T07:00:00.000Z');
});
