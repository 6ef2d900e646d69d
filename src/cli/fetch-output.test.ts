import assert from 'node:assert/strict';
import test from 'node:test';
import type { SourceHealth } from '../fetch/health.ts';
import type { FetchSummary } from '../fetch/run.ts';
import { fetchLine, givenUpText, healthTable, leftOutText } from './fetch-output.ts';

const NONE: FetchSummary = {
  listings: 0,
  unread: 0,
  unchanged: 0,
  listed: 0,
  unlinked: 0,
  known: 0,
  older: 0,
  deferred: 0,
  waiting: 0,
  fetched: 0,
  stored: 0,
  updated: 0,
  pagesUnchanged: 0,
  duplicates: 0,
  moved: 0,
  noArticle: 0,
  notArticle: 0,
  disallowed: 0,
  failed: 0,
  storiesCreated: 0,
  storiesGrown: 0,
  errors: [],
  notes: [],
  insertedIds: [],
};

test('a fetch run’s line counts one page, feed or story in the singular', () => {
  const cases: [Partial<FetchSummary>, string][] = [
    [
      {},
      '0 new articles in x.db; 0 pages fetched from 0 feeds and sitemaps (0 unchanged); 0 already handled',
    ],
    [
      { listings: 1, fetched: 1, stored: 1, storiesCreated: 1 },
      '1 new article in x.db; 1 page fetched from 1 feed or sitemap (0 unchanged); 0 already handled; 1 new story, 0 grown',
    ],
    [
      { listings: 2, fetched: 2, stored: 2, failed: 1, storiesCreated: 2, storiesGrown: 1 },
      '2 new articles in x.db; 2 pages fetched from 2 feeds and sitemaps (0 unchanged); 0 already handled; 1 failed; 2 new stories, 1 grown',
    ],
    [
      { listings: 1, unlinked: 2 },
      '0 new articles in x.db; 0 pages fetched from 1 feed or sitemap (0 unchanged); 0 already handled; 2 feed items without an http(s) link',
    ],
    [
      { listings: 1, fetched: 3, stored: 2, notArticle: 1 },
      '2 new articles in x.db; 3 pages fetched from 1 feed or sitemap (0 unchanged); 0 already handled; 1 page left out: not an article',
    ],
    // a feed refused (a private address) was not read: not counted as one read (newuser13 #15)
    [
      { unread: 1 },
      '0 new articles in x.db; 0 pages fetched from 0 feeds and sitemaps (0 unchanged); 0 already handled; 1 feed or sitemap not read',
    ],
    // problems an earlier run told are counted as known, apart (newuser17 #13)
    [
      { listings: 1, unlinked: 1, errors: [{ url: 'https://a.example/feed', error: 'x', known: true }] },
      '0 new articles in x.db; 0 pages fetched from 1 feed or sitemap (0 unchanged); 0 already handled; 1 feed item without an http(s) link; 1 problem known from earlier runs (not told again)',
    ],
    // a page that failed waits before it is asked again (newuser17 #12)
    [
      { listings: 1, waiting: 1 },
      '0 new articles in x.db; 0 pages fetched from 1 feed or sitemap (0 unchanged); 0 already handled; 1 failed page to ask again later',
    ],
  ];
  for (const [summary, line] of cases) assert.equal(fetchLine({ ...NONE, ...summary }, 'x.db'), line);
});

// A source's health row with nothing to tell, but the values `own` gives.
const healthRow = (own: Partial<SourceHealth> & Pick<SourceHealth, 'name'>): SourceHealth => ({
  leaning: null,
  owner: null,
  urls: [],
  lastSuccess: null,
  lastChecked: null,
  lastError: null,
  errorRate: null,
  articlesPerDay: 0,
  articles: 0,
  days: 1,
  followedMs: null,
  lastArticle: null,
  givenUp: { count: 0, latest: [] },
  leftOut: { count: 0, latest: [] },
  ...own,
});

test('sources: a source followed for less than a day shows what it gave in that time, not a rate a day', () => {
  const row = healthRow({
    name: 'Brask Herald',
    errorRate: 0,
    articlesPerDay: 6,
    articles: 6,
    followedMs: 2 * 60_000,
  });
  const cell = (r: SourceHealth) =>
    healthTable([r])
      .split('\n')[1]
      ?.split(/\s{2,}/)[3];
  assert.equal(cell(row), '6 in 2 min');
  assert.equal(cell({ ...row, followedMs: 5 * 3_600_000 }), '6 in 5 h');
  assert.equal(
    cell({ ...row, articlesPerDay: 1.5, articles: 9, days: 6, followedMs: 6 * 86_400_000 }),
    '1.5 a day',
  );
  // under a column of no unit: '6 in 13 min' read as a rate under 'articles/day' (newuser14 #15c)
  assert.equal(
    healthTable([row])
      .split('\n')[0]
      ?.split(/\s{2,}/)[3],
    'new articles',
  );
});

test('sources: the column of the last new article says it was stored then, not published (newuser10)', () => {
  const stored = '2026-12-06T01:57:00.000Z';
  const [head, line] = healthTable([
    healthRow({
      name: 'Cadwell Daily',
      lastSuccess: stored,
      lastChecked: stored,
      errorRate: 0,
      articlesPerDay: 4,
      articles: 4,
      followedMs: 3 * 60_000,
      lastArticle: stored,
    }),
  ]).split('\n');
  assert.deepEqual(head?.split(/\s{2,}/).slice(3), ['new articles', 'last stored', 'last error']);
  assert.equal(line?.split(/\s{2,}/)[4], '2026-12-06 01:57');
});

test('sources: the command that asks a given-up page again hides a store URL’s password', () => {
  const row = healthRow({
    name: 'Cadwell Daily',
    givenUp: {
      count: 1,
      latest: [
        { url: 'https://cadwell.example/a', error: 'HTTP 404', at: '2026-12-06T02:00:00.000Z', attempts: 3 },
      ],
    },
  });
  const text = givenUpText([row], 'postgres://parallax:tern-k3y@db.cadwell.example/news');
  assert.doesNotMatch(text, /tern-k3y/);
  assert.match(
    text,
    /To ask one again: parallax fetch URL --db 'postgres:\/\/parallax:\*\*\*@db\.cadwell\.example\/news'\n$/,
  );
  assert.match(givenUpText([row], 'news.db'), /--db news\.db\n$/);
});

test('sources: the pages a sitemap listed and a fetch left out as no article, named with the command that takes one', () => {
  const page = (path: string, at: string) => ({
    url: `https://ledger.example${path}`,
    error: 'not an article: no article markup (og:type, JSON-LD, <article>), no date or byline of its own',
    at,
    attempts: 1,
  });
  const row = (name: string, latest: ReturnType<typeof page>[]) =>
    healthRow({ name, leftOut: { count: latest.length, latest } });
  assert.equal(
    leftOutText(
      [row('Tallis Ledger', [page('/about', '2026-12-06T02:00:00.000Z')]), row('Quiet Post', [])],
      'news.db',
    ),
    '\nTallis Ledger: 1 page left out: not an article:\n' +
      '  https://ledger.example/about  no article markup (og:type, JSON-LD, <article>), no date or byline of its own\n' +
      'To take one: parallax fetch URL --db news.db\n',
  );
  assert.equal(leftOutText([row('Quiet Post', [])]), '');
});
