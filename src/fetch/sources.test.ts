import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FeedState } from '../store/fetch-types.ts';
import { sourceHealth } from './health.ts';
import { parseDuration, parseSources, sourceOutlets } from './sources.ts';
import { nextDue } from './watch.ts';

test('sources: CSV and JSON, merged by name, with durations and the outlet rows they give', () => {
  assert.equal(parseDuration('15m'), 900_000);
  assert.equal(parseDuration('1.5h'), 5_400_000);
  assert.equal(parseDuration('30'), 1_800_000);
  assert.throws(() => parseDuration('often'), /not a duration/);
  const csv = parseSources(
    'outlet,feed,leaning,owner,every\n"Wexmoor Post",https://www.post.example/rss https://post.example/sitemap.xml,centre-left,,1h\nWexmoor post,https://post.example/extra.xml,,Post Group,\nHaldane Times,https://times.example/feed,,,\n',
  );
  assert.deepEqual(csv, [
    {
      name: 'Wexmoor Post',
      urls: [
        'https://www.post.example/rss',
        'https://post.example/sitemap.xml',
        'https://post.example/extra.xml',
      ],
      leaning: 'centre-left',
      owner: 'Post Group',
      everyMs: 3_600_000,
    },
    {
      name: 'Haldane Times',
      urls: ['https://times.example/feed'],
      leaning: null,
      owner: null,
      everyMs: null,
    },
  ]);
  assert.deepEqual(sourceOutlets(csv), [
    { name: 'Wexmoor Post', domains: ['post.example'], leaning: 'centre-left', owner: 'Post Group' },
    { name: 'Haldane Times', domains: ['times.example'], leaning: null, owner: null },
  ]);
  const json = parseSources('{"sources":[{"name":"A","urls":["https://a.example/f"],"every":20}]}');
  assert.equal(json[0]?.everyMs, 1_200_000);
  for (const [text, message] of [
    ['name,urls\nA,ftp://a.example/f\n', /row 1: urls: each URL must be an http\(s\) URL/],
    ['name,leaning\nA,left\n', /header row with the columns name,urls/],
    ['[{"urls":["https://a.example/f"]}]', /row 1: name/],
    ['', /empty/],
  ] as const)
    assert.throws(() => parseSources(text), message);
});

test('health: last success, error rate and articles per day per source', () => {
  const now = new Date('2035-01-10T00:00:00Z');
  const rows = sourceHealth(
    [{ name: 'A', urls: ['https://a.example/f'], leaning: null, owner: null, everyMs: null }],
    [
      {
        url: 'https://a.example/f',
        source: 'A',
        etag: null,
        lastModified: null,
        checkedAt: '2035-01-09T23:00:00.000Z',
        okAt: '2035-01-09T22:00:00.000Z',
        status: 503,
        error: 'HTTP 503',
        attempts: 4,
        failures: 1,
        entries: 3,
      },
      {
        url: 'https://b.example/f',
        source: null,
        etag: null,
        lastModified: null,
        checkedAt: null,
        okAt: null,
        status: 0,
        error: 'timeout',
        attempts: 1,
        failures: 1,
        entries: 0,
      },
    ],
    [
      {
        source: 'A',
        attempts: 6,
        failures: 1,
        stored: 4,
        firstAt: '2035-01-08T00:00:00.000Z',
        lastStoredAt: '2035-01-09T00:00:00.000Z',
        lastFailure: null,
      },
    ],
    now,
  );
  assert.equal(rows.length, 2);
  const a = rows[0];
  assert.equal(a?.lastSuccess, '2035-01-09T22:00:00.000Z');
  assert.equal(a?.lastError, 'https://a.example/f: HTTP 503');
  assert.equal(a?.errorRate, 2 / 10);
  assert.equal(a?.articlesPerDay, 2, 'four articles over the two days it has been followed');
  assert.equal(rows[1]?.name, '(no source)');
  assert.equal(rows[1]?.errorRate, 1);
});

test('health: a failed page is the last error when no feed failed; the latest of feed and page wins', () => {
  const now = new Date('2035-01-10T00:00:00Z');
  const feed: FeedState = {
    url: 'https://a.example/feed',
    source: 'A',
    etag: null,
    lastModified: null,
    checkedAt: '2035-01-09T12:00:00.000Z',
    okAt: '2035-01-09T12:00:00.000Z',
    status: 200,
    error: null,
    attempts: 1,
    failures: 0,
    entries: 2,
  };
  const counts = {
    source: 'A',
    attempts: 1,
    failures: 1,
    stored: 0,
    firstAt: '2035-01-09T12:00:00.000Z',
    lastStoredAt: null,
    lastFailure: { url: 'https://a.example/gone', error: 'HTTP 404', at: '2035-01-09T12:00:01.000Z' },
  };
  const source = { name: 'A', urls: ['https://a.example/feed'], leaning: null, owner: null, everyMs: null };
  const health = (feeds: FeedState[]) => sourceHealth([source], feeds, [counts], now)[0];
  // errors 50% (one of the feed's and page's two requests) had an empty last error
  assert.equal(health([feed])?.errorRate, 0.5);
  assert.equal(health([feed])?.lastError, 'https://a.example/gone: HTTP 404');
  const failedBefore = { ...feed, error: 'timeout', checkedAt: '2035-01-09T11:00:00.000Z' };
  assert.equal(health([failedBefore])?.lastError, 'https://a.example/gone: HTTP 404');
  const failedAfter = { ...feed, error: 'timeout', checkedAt: '2035-01-09T13:00:00.000Z' };
  // the feed is named, as the page is: a source of two feeds and a sitemap says which one failed
  assert.equal(health([failedAfter])?.lastError, 'https://a.example/feed: timeout');
});

test('watch: a source is due its interval after its least recently checked URL', () => {
  const source = { name: 'A', urls: ['u1', 'u2'], leaning: null, owner: null, everyMs: 60_000 };
  const state = (url: string, checkedAt: string) => ({
    url,
    source: 'A',
    etag: null,
    lastModified: null,
    checkedAt,
    okAt: null,
    status: 200,
    error: null,
    attempts: 1,
    failures: 0,
    entries: 0,
  });
  assert.equal(nextDue(source, new Map(), 900_000), 0);
  const states = new Map([
    ['u1', state('u1', '2035-01-01T00:00:00.000Z')],
    ['u2', state('u2', '2035-01-01T00:05:00.000Z')],
  ]);
  assert.equal(nextDue(source, states, 900_000), Date.parse('2035-01-01T00:01:00.000Z'));
  assert.equal(
    nextDue({ ...source, everyMs: null }, states, 900_000),
    Date.parse('2035-01-01T00:15:00.000Z'),
  );
  // a URL checked for no source (fetched alone) or for another has not been polled for this one
  const alone = new Map([...states].map(([url, s]) => [url, { ...s, source: url === 'u1' ? null : 'a' }]));
  assert.equal(nextDue(source, alone, 900_000), 0);
  alone.set('u1', { ...state('u1', '2035-01-01T00:00:00.000Z'), source: 'B' });
  assert.equal(nextDue(source, alone, 900_000), 0);
});
