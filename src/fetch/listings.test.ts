import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBody } from './charset.ts';
import { feedLinks, isHomePage } from './discover.ts';
import { parseListing } from './listing.ts';

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
    skipped: [],
    undated: [],
  });
  // an item whose date reads as no date is taken (its page's date is used) and named
  const badDate = parseListing(
    '<rss version="2.0"><channel><title>T</title><item><title>Weir vote</title><link>/w</link><pubDate>Tue, 32 Dec 2026 25:10:00 +0100</pubDate></item><item><title>Ferry</title><link>/f</link><pubDate>Tue, 01 Dec 2026 10:00:00 +0100</pubDate></item></channel></rss>',
    'application/rss+xml',
    base,
  );
  assert.deepEqual(badDate.kind === 'feed' && [badDate.entries.map((e) => e.url), badDate.undated], [
    ['https://a.example/w', 'https://a.example/f'],
    [
      'the item "Weir vote" gives a date that reads as no date (Tue, 32 Dec 2026 25:10:00 +0100): its page\'s own date is used',
    ],
  ]);
  // an item that links no page is named (run.ts counts and reports it), in every format
  const atomUnlinked = parseListing(
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><entry><title>Tide notes</title><id>1</id><link href="mailto:desk@a.example"/></entry></feed>',
    null,
    base,
  );
  assert.deepEqual(atomUnlinked.kind === 'feed' && atomUnlinked.skipped, [
    'the item "Tide notes" links no http(s) URL (mailto:desk@a.example), left out',
  ]);
  const jsonUnlinked = parseListing(
    '{"version":"https://jsonfeed.org/version/1","items":[{"id":"1","content_text":"x"}]}',
    null,
    base,
  );
  assert.deepEqual(jsonUnlinked.kind === 'feed' && jsonUnlinked.skipped, [
    'an item has an empty link or none, left out',
  ]);
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
  assert.deepEqual(parseListing('https://a.example/x\n# a note\n\na.example/y\n', 'text/plain', base), {
    kind: 'urls',
    entries: [{ url: 'https://a.example/x' }],
    ignored: ['a.example/y'],
  });
  assert.equal(parseListing('{"not":"a feed"}', 'application/json', base).kind, 'unknown');
  assert.equal(parseListing('<foo><bar/></foo>', 'application/xml', base).kind, 'unknown');
  assert.equal(parseListing('', 'text/plain', base).kind, 'unknown');
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
