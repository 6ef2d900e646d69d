import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTarget, guardedLookup, isPrivateAddress } from './address.ts';
import { decodeBody } from './charset.ts';
import { feedLinks, isHomePage } from './discover.ts';
import { createFetcher, retryAfterMs } from './fetcher.ts';
import { startSite } from './fixtures/site.ts';
import { sourceHealth } from './health.ts';
import { createHostGate } from './hosts.ts';
import { parseListing } from './listing.ts';
import { rulesFromAnswer } from './robots.ts';
import { parseDuration, parseSources, sourceOutlets } from './sources.ts';
import { defaultUserAgent, type PackageLinks, projectUrl } from './user-agent.ts';
import { nextDue } from './watch.ts';

test('private, loopback and link-local addresses are told from public ones', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:7f00:1', true],
    ['[::ffff:7f00:1]', true],
    ['::7f00:1', true],
    ['::ffff:a00:1', true],
    ['::ffff:808:808', false],
    ['64:ff9b::7f00:1', true],
    ['64:ff9b::808:808', false],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:0:1', true],
    ['2606:4700::1111', false],
    ['example.org', false],
  ];
  for (const [ip, expected] of cases) assert.equal(isPrivateAddress(ip), expected, ip);
});

test('a target must be http(s) and, unless allowed, not a private host', () => {
  const blocked = [
    'ftp://a.example/x',
    'file:///etc/passwd',
    'http://localhost/x',
    'http://127.0.0.1:8080/',
    'http://[::1]/',
    'http://10.0.0.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a00:1]/',
    'http://127.1/',
    'http://2130706433/',
  ];
  for (const url of blocked)
    assert.throws(() => checkTarget(new URL(url), false), /not an http|private or loopback/, url);
  checkTarget(new URL('https://news.example/x'), false);
  checkTarget(new URL('http://127.0.0.1/'), true);
  assert.throws(() => checkTarget(new URL('ftp://a.example/'), true), /not an http/);
});

test('a name that resolves to a loopback address is refused when connecting', async () => {
  const lookup = guardedLookup(false);
  const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)));
  assert.match(String(error?.message), /private or loopback/);
  const allowed = guardedLookup(true);
  const address = await new Promise<unknown>((resolve) => allowed('localhost', {}, (_e, a) => resolve(a)));
  assert.ok(typeof address === 'string' && isPrivateAddress(address));
});

test('without --allow-private the fixture site is never reached', async () => {
  const site = await startSite();
  const fetcher = createFetcher({ hostDelayMs: 0 });
  try {
    await assert.rejects(fetcher.get(`${site.origin}/news/1`, { kind: 'page' }), { code: 'blocked' });
    assert.equal(site.requests.length, 0);
  } finally {
    await fetcher.close();
    await site.close();
  }
});

test('a compressed page is held to the size cap once decompressed', async () => {
  const site = await startSite();
  const fetcher = createFetcher({ allowPrivate: true, hostDelayMs: 0, maxPageBytes: 1_000_000 });
  try {
    await assert.rejects(fetcher.get(`${site.origin}/news/bomb`, { kind: 'page' }), {
      code: 'too-large',
      message: /over the 1000000-byte limit once decompressed/,
    });
  } finally {
    await fetcher.close();
    await site.close();
  }
});

test('charset: BOM, then header, then the document, then UTF-8 or Windows-1252', () => {
  const latin = Buffer.from('<meta charset="windows-1252"><p>café</p>', 'latin1');
  const utf8 = Buffer.from('<p>café</p>');
  const cases: [Uint8Array, string | null, string, string][] = [
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'text/html; charset=iso-8859-1', 'utf-8', 'bom'],
    [latin, 'text/html; charset=utf-8', 'windows-1252', 'document'],
    [Buffer.from('<p>café</p>', 'latin1'), 'text/html; charset=utf-8', 'windows-1252', 'default'],
    [Buffer.from('<p>café</p>', 'latin1'), 'text/html; charset=ISO-8859-1', 'windows-1252', 'header'],
    [utf8, 'text/html', 'utf-8', 'default'],
    [
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>café</rss>', 'latin1'),
      'application/xml',
      'windows-1252',
      'document',
    ],
  ];
  for (const [bytes, type, encoding, from] of cases) {
    const decoded = decodeBody(bytes, type);
    assert.equal(decoded.encoding, encoding, `${type} ${from}`);
    assert.equal(decoded.from, from);
    assert.match(decoded.text, /café/);
  }
});

test('Retry-After in seconds or as a date', () => {
  assert.equal(retryAfterMs('3'), 3000);
  assert.equal(
    retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    10_000,
  );
  assert.equal(retryAfterMs('soon'), undefined);
  assert.equal(retryAfterMs(undefined), undefined);
});

test('robots.txt: groups by product token, missing allows, unreachable disallows', () => {
  const ua = 'Parallax/1.0 (+https://x.example)';
  const rules = rulesFromAnswer(
    'https://a.example/robots.txt',
    {
      status: 200,
      text: 'User-agent: parallax\nDisallow: /drafts/\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n',
    },
    ua,
  );
  assert.equal(rules.isAllowed('https://a.example/news/1'), true);
  assert.equal(rules.isAllowed('https://a.example/drafts/1'), false);
  assert.equal(rules.crawlDelayMs, 2000);
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { status: 404, text: '' }, ua).isAllowed(
      'https://a.example/x',
    ),
    true,
  );
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { status: 503, text: '' }, ua).isAllowed(
      'https://a.example/x',
    ),
    false,
  );
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { status: 429, text: '' }, ua).isAllowed(
      'https://a.example/x',
    ),
    false,
  );
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { error: 'timeout' }, ua).isAllowed(
      'https://a.example/x',
    ),
    false,
  );
});

test('the host gate holds concurrency and spacing under many waiters', async () => {
  // the gate's own clock: spacing is judged as the gate schedules starts, not as a loaded machine
  // happens to run the callbacks (a late timer there shortened one gap and lengthened the next)
  let clock = 0;
  const gate = createHostGate({
    concurrency: 2,
    delayMs: 20,
    now: () => clock,
    sleep: async (ms) => {
      await new Promise((r) => setTimeout(r, 1));
      clock += ms;
    },
  });
  let active = 0;
  let peak = 0;
  const starts: number[] = [];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      const release = await gate.acquire('a.example');
      starts.push(clock);
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 30));
      active--;
      release();
    }),
  );
  assert.equal(peak, 2);
  assert.equal(gate.peak, 2);
  starts.sort((a, b) => a - b);
  for (let i = 1; i < starts.length; i++)
    assert.ok((starts[i] as number) - (starts[i - 1] as number) >= 20, `gap ${i}: ${starts.join(', ')}`);
});

test('listings: each feed format, sitemaps, URL lists, pages and junk', () => {
  const base = 'https://a.example/feed';
  const rss091 = parseListing(
    '<rss version="0.91"><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>',
    'text/xml',
    base,
  );
  assert.deepEqual(rss091, {
    kind: 'feed',
    format: 'rss',
    title: 'T',
    entries: [{ url: 'https://a.example/a', title: 'A' }],
  });
  const rssAuthor = parseListing(
    '<rss version="2.0"><channel><item><link>https://a.example/b</link><guid>x</guid><author>ed@a.example (Ed Lamb)</author></item></channel></rss>',
    null,
    base,
  );
  assert.deepEqual(rssAuthor.kind === 'feed' && rssAuthor.entries, [
    { url: 'https://a.example/b', author: 'Ed Lamb' },
  ]);
  const guidOnly = parseListing(
    '<rss version="2.0"><channel><item><guid isPermaLink="true">https://a.example/g</guid></item></channel></rss>',
    null,
    base,
  );
  assert.deepEqual(guidOnly.kind === 'feed' && guidOnly.entries.map((e) => e.url), ['https://a.example/g']);
  const json = parseListing(
    '{"version":"https://jsonfeed.org/version/1","items":[{"id":"1","url":"https://a.example/j","authors":[{"name":"Jo"}]}]}',
    'application/feed+json',
    base,
  );
  assert.deepEqual(json.kind === 'feed' && json.entries, [{ url: 'https://a.example/j', author: 'Jo' }]);
  const index = parseListing(
    '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.example/s1.xml</loc><lastmod>2035-01-01</lastmod></sitemap></sitemapindex>',
    'application/xml',
    base,
  );
  assert.deepEqual(index, {
    kind: 'sitemap-index',
    sitemaps: [{ url: 'https://a.example/s1.xml', lastmod: '2035-01-01' }],
  });
  const plain = parseListing(
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/p</loc><lastmod>2035-02-01</lastmod></url><url><loc>javascript:alert(1)</loc></url></urlset>',
    null,
    base,
  );
  assert.deepEqual(plain, {
    kind: 'sitemap',
    entries: [{ url: 'https://a.example/p', publishedAt: '2035-02-01' }],
  });
  assert.deepEqual(parseListing('<!doctype html><html><body>hi</body></html>', 'text/html', base), {
    kind: 'page',
  });
  assert.equal(parseListing('<!-- x --><html><p>hi</p></html>', null, base).kind, 'page');
  assert.equal(parseListing('just some words\nand more', 'text/plain', base).kind, 'unknown');
  assert.equal(parseListing('{"not":"a feed"}', 'application/json', base).kind, 'unknown');
  assert.equal(parseListing('<foo><bar/></foo>', 'application/xml', base).kind, 'unknown');
  assert.equal(parseListing('', 'text/plain', base).kind, 'unknown');
});

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
      },
    ],
    now,
  );
  assert.equal(rows.length, 2);
  const a = rows[0];
  assert.equal(a?.lastSuccess, '2035-01-09T22:00:00.000Z');
  assert.equal(a?.lastError, 'HTTP 503');
  assert.equal(a?.errorRate, 2 / 10);
  assert.equal(a?.articlesPerDay, 2, 'four articles over the two days it has been followed');
  assert.equal(rows[1]?.name, '(no source)');
  assert.equal(rows[1]?.errorRate, 1);
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
});

test('feed discovery: the feeds a home page links, and what a home page is', () => {
  const base = 'https://herald.example/';
  const html = `<html><head>
<link rel="alternate" type="application/rss+xml" href="/rss?a=1&amp;b=2">
<link type='application/atom+xml' rel='Alternate' href='https://feeds.herald.example/atom'>
<link rel=alternate type="application/feed+json; charset=utf-8" href=feed.json>
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="stylesheet" type="application/rss+xml" href="/not-alternate.xml">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate" type="application/rss+xml" href="/rss?a=1&b=2">
</head><body><pre>&lt;link rel="alternate" type="application/rss+xml" href="/quoted"&gt;
<link rel="alternate" type="application/rss+xml" href="/in-body"></pre></body></html>`;
  assert.deepEqual(feedLinks(html, base), [
    'https://herald.example/rss?a=1&b=2',
    'https://feeds.herald.example/atom',
    'https://herald.example/feed.json',
  ]);
  assert.deepEqual(feedLinks('<p>no head at all</p>', base), []);
  const cases: [string, boolean][] = [
    ['https://herald.example/', true],
    ['https://herald.example', true],
    ['https://herald.example/index.html', true],
    ['https://herald.example/?ref=x', true],
    ['https://herald.example/news/1', false],
    ['https://herald.example/world/', false],
  ];
  for (const [url, home] of cases) assert.equal(isHomePage(url), home, url);
});

test('the user agent names the project URL package.json gives, and invents none', () => {
  const cases: [PackageLinks, string | null][] = [
    [{ homepage: 'https://parallax.example/' }, 'https://parallax.example/'],
    [{ repository: 'git+https://git.example/org/parallax.git' }, 'https://git.example/org/parallax'],
    [{ repository: { url: 'git://git.example/org/parallax.git' } }, 'https://git.example/org/parallax'],
    [{ homepage: 'not a url', repository: { url: 'https://git.example/p' } }, 'https://git.example/p'],
    [{ repository: 'github:org/parallax' }, null],
    [{}, null],
  ];
  for (const [pkg, url] of cases) assert.equal(projectUrl(pkg), url, JSON.stringify(pkg));
  assert.match(defaultUserAgent(), /^Parallax\/\d+\.\d+\.\d+(?: \(\+https?:\/\/\S+\))?$/);
});
