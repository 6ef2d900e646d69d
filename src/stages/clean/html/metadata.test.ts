import assert from 'node:assert/strict';
import test from 'node:test';
import { cleanByline } from './byline.ts';
import { dateFromUrl, parseDate } from './dates.ts';
import { readMetadata } from './metadata.ts';
import { parsePage } from './parse.ts';

test('cleanByline keeps names and rejects junk', () => {
  const cases: [string, string | null][] = [
    ['By Mara Lindqvist', 'Mara Lindqvist'],
    ['by Tom Okafor and Ines Duarte', 'Tom Okafor and Ines Duarte'],
    ['Mara Lindqvist | Updated 3 hours ago', 'Mara Lindqvist'],
    ['Mara Lindqvist mara@example.com', 'Mara Lindqvist'],
    ['Email the author', null],
    ['Staff', null],
    ['Staff Writer', null],
    ['@maralind', null],
    ['https://www.facebook.com/someone', null],
    ['Admin', null],
    ['', null],
    ['12:45', null],
    ['admin - 2018-09-16', null],
    ['HARBOUR POST STAFF NOVEMBER 20, 2019 10:43', null],
    ['Staff Reports', null],
    ['jdadmin', null],
    ['Ola Berg March 5, 2025', 'Ola Berg'],
  ];
  for (const [input, expected] of cases) assert.equal(cleanByline(input), expected, input);
});

test('parseDate normalises metadata dates to ISO', () => {
  const cases: [string, string | null][] = [
    ['2023-12-27', '2023-12-27'],
    // a time in its writer's zone keeps it (the day is the writer's); UTC, or none, is UTC
    ['2023-12-27T14:05:00-05:00', '2023-12-27T14:05:00-05:00'],
    ['2023-12-27T21:05-0500', '2023-12-27T21:05:00-05:00'],
    // (its milliseconds kept: a feed's update time is weighed against the last fetch's)
    ['2023-12-27T14:05:00.250+00:00', '2023-12-27T14:05:00.250Z'],
    // a feed's RFC 822 date
    ['Wed, 27 Dec 2023 14:05:00 GMT', '2023-12-27T14:05:00.000Z'],
    ['2023-12-27T14:05:00Z', '2023-12-27T14:05:00.000Z'],
    ['2023-12-27 14:05', '2023-12-27T14:05:00.000Z'],
    ['December 27, 2023', '2023-12-27'],
    ['Dec. 27, 2023 at 2:05 pm', '2023-12-27'],
    ['27 December 2023', '2023-12-27'],
    ['1703685900', '2023-12-27T14:05:00.000Z'],
    ['2023-02-30', null],
    ['yesterday', null],
  ];
  for (const [input, expected] of cases) assert.equal(parseDate(input), expected, input);
});

test('dateFromUrl reads dates in URL paths', () => {
  const cases: [string, string | null][] = [
    ['https://news.example/2023/12/27/border-talks/', '2023-12-27'],
    ['https://news.example/world/2023-12-27-border-talks', '2023-12-27'],
    ['https://news.example/story_20231227.html', '2023-12-27'],
    ['https://news.example/2023/13/40/nothing', null],
    ['https://news.example/item/12345678', null],
    ['not a url', null],
  ];
  for (const [input, expected] of cases) assert.equal(dateFromUrl(input), expected, input);
});

const PAGE = `<!doctype html><html lang="en-gb"><head>
<title>Harbour bridge reopens after repairs - The Norhaven Courier</title>
<meta property="og:site_name" content="The Norhaven Courier">
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="article:published_time" content="2025-03-05T08:30:00+01:00">
<meta property="article:modified_time" content="2025-03-05T11:00:00+01:00">
<meta property="article:section" content="Local">
<meta name="author" content="Email the author">
<link rel="canonical" href="/news/2025/03/05/bridge-reopens">
</head><body><span class="byline">By Ada Brennan</span><p>Text.</p></body></html>`;

test('readMetadata reads each field with its source', () => {
  const m = readMetadata(parsePage(PAGE), 'https://courier.example/x');
  assert.equal(m.title, 'Harbour bridge reopens after repairs');
  assert.equal(m.byline, 'Ada Brennan', 'the junk meta author is passed over');
  assert.deepEqual(m.meta, {
    url: 'https://courier.example/news/2025/03/05/bridge-reopens',
    outlet: 'The Norhaven Courier',
    publishedAt: '2025-03-05T08:30:00+01:00',
    modifiedAt: '2025-03-05T11:00:00+01:00',
    section: 'Local',
    language: 'en-GB',
  });
  assert.deepEqual(m.sources, {
    url: 'link:canonical',
    outlet: 'meta:og:site_name',
    title: 'meta:og:title',
    byline: 'html:byline',
    publishedAt: 'meta:article:published_time',
    modifiedAt: 'meta:article:modified_time',
    section: 'meta:article:section',
    language: 'html:lang',
  });
});

test('readMetadata prefers JSON-LD and falls back to the URL', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', name: 'Tidewater Tribune' },
      {
        '@type': 'NewsArticle',
        headline: 'Tolls return to the harbour bridge',
        author: [{ '@type': 'Person', name: 'Leo Varga' }, { name: 'Staff' }],
        datePublished: '2025-03-06',
        articleSection: ['Transport', 'Local'],
      },
    ],
  });
  const html = `<html><head><script type="application/ld+json">${ld}</script><script type="application/ld+json">{broken</script></head><body><h1>Other</h1></body></html>`;
  const m = readMetadata(parsePage(html), 'https://www.tidewater.example/2025/03/06/tolls');
  assert.equal(m.title, 'Tolls return to the harbour bridge');
  assert.equal(m.byline, 'Leo Varga');
  assert.equal(m.meta.outlet, 'Tidewater Tribune');
  assert.equal(m.meta.publishedAt, '2025-03-06');
  assert.equal(m.meta.section, 'Transport');
  assert.equal(m.sources.title, 'json-ld');
  const bare = readMetadata(
    parsePage('<p>No metadata at all.</p>'),
    'https://www.tidewater.example/2025/03/06/tolls',
  );
  assert.equal(bare.meta.outlet, 'tidewater.example');
  assert.equal(bare.sources.outlet, 'url:domain');
  assert.equal(bare.meta.publishedAt, '2025-03-06');
  assert.equal(bare.sources.publishedAt, 'url');
  assert.equal(bare.title, null);
});

test('readMetadata decodes entities, trims site taglines and passes over empty sections', () => {
  const html = `<html><head>
<meta property="og:site_name" content="Quayside | News for the harbour towns">
<meta property="og:title" content="Ferry &#8216;back on time&#8217; &amp; fares frozen">
<meta property="article:section" content="post">
<meta name="category" content="Transport">
<meta name="author" content="Quayside">
</head><body></body></html>`;
  const m = readMetadata(parsePage(html), 'https://quayside.example/ferry');
  assert.equal(m.title, 'Ferry ‘back on time’ & fares frozen');
  assert.equal(m.meta.outlet, 'Quayside');
  assert.equal(m.meta.section, 'Transport');
  assert.equal(m.sources.section, 'meta:category');
  assert.equal(m.byline, null, 'a byline that only repeats the outlet is dropped');
});
