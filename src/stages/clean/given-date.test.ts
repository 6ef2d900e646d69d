import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { givenDate } from './assemble.ts';

test("givenDate: ISO in the form a page's dates take, a date in words or epoch seconds read, an ambiguous one none", () => {
  const cases: [string | undefined, string | null][] = [
    ['2025-03-06T07:00:00-05:00', '2025-03-06T07:00:00-05:00'],
    ['2025-03-06T07:00-0500', '2025-03-06T07:00:00-05:00'],
    ['2025-03-06 12:00', '2025-03-06T12:00:00.000Z'],
    ['2025-03-06T12:00:00Z', '2025-03-06T12:00:00.000Z'],
    // a UTC time keeps its milliseconds (a feed's update weighed against the last fetch's time)
    ['2025-03-06T12:00:00.123Z', '2025-03-06T12:00:00.123Z'],
    [' 2025-03-04 ', '2025-03-04'],
    ['March 4, 2025', '2025-03-04'],
    ['4 March 2025', '2025-03-04'],
    ['1741046400', '2025-03-04T00:00:00.000Z'],
    // a feed's RFC 822 date (RSS pubDate): its instant, a named zone's offset kept; an unknown zone the day alone
    ['Tue, 04 Mar 2025 19:56:03 +0000', '2025-03-04T19:56:03.000Z'],
    ['Tue, 04 Mar 2025 19:56:03 GMT', '2025-03-04T19:56:03.000Z'],
    ['4 Mar 2025 07:30 EST', '2025-03-04T07:30:00-05:00'],
    ['Tue, 04 Mar 2025 07:30:00 -0600', '2025-03-04T07:30:00-06:00'],
    ['Tue, 04 Mar 2025 07:30:00 XYZ', '2025-03-04'],
    ['Sat, 30 Feb 2025 07:30:00 GMT', null],
    ['04/03/2025', null],
    ['last Tuesday', null],
    ['2025-02-30', null],
    ['', null],
    [undefined, null],
  ];
  for (const [value, expected] of cases) assert.equal(givenDate(value), expected, String(value));
});

// Invented records of one story, as a scraper's JSON export gives them: dates in three forms.
const record = (outlet: string, publishedAt: string) =>
  JSON.stringify({
    outlet,
    publishedAt,
    title: `Glenmoor dam spillway reopens (${outlet})`,
    text: 'The Glenmoor dam spillway reopened on Monday after two weeks of repairs, the water board said.\nBoard chair Ada Quill said the spillway would be inspected again in June.',
  });

test('a JSON record’s date in words is read as the article’s date; one that reads as no day is left out, with a warning', () => {
  const lines = [record('Glenmoor Gazette', 'March 4, 2025'), record('Valley Post', '04/03/2025')];
  const bytes = new TextEncoder().encode(lines.join('\n'));
  const report = analyze([{ path: 'export.jsonl', bytes }], {}, createContext());
  const [gazette, post] = report.articles;
  assert.equal(
    gazette?.publishedAt,
    '2025-03-04',
    'read, not shown verbatim while the timeline took it for none',
  );
  assert.equal(gazette?.metadataSources.publishedAt, 'input');
  assert.equal(post?.publishedAt, null);
  const warning = report.issues.find((i) => i.code === 'clean/unread-date');
  assert.equal(warning?.articleId, post?.id);
  assert.equal(warning?.severity, 'warning');
  assert.match(warning?.message ?? '', /"04\/03\/2025" reads as no day/);
});

test('a JSON record’s time and a page’s JSON-LD time in one zone keep one form, the writer’s (finding of an invented week)', () => {
  const text =
    'The Tollen ferry stopped all sailings on Monday after its operator collapsed, the harbour board said.\nBoard chair Ada Quill said a reduced service could restart within days.';
  const json = JSON.stringify({
    outlet: 'Fenwire Radio',
    publishedAt: '2026-10-12T09:15:00+02:00',
    title: 'Tollen ferry stops',
    text,
  });
  const html = `<html><head><title>Tollen ferry halted</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tollen ferry halted","datePublished":"2026-10-12T10:30:00+0200","publisher":{"name":"The Kelvane Ledger"}}</script></head><body><article><h1>Tollen ferry halted</h1>${text
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
  const report = analyze(
    [
      { path: 'fenwire.json', bytes: new TextEncoder().encode(json) },
      { path: 'ledger.html', bytes: new TextEncoder().encode(html) },
    ],
    {},
    createContext(),
  );
  assert.deepEqual(
    report.articles.map((a) => a.publishedAt),
    ['2026-10-12T09:15:00+02:00', '2026-10-12T10:30:00+02:00'],
  );
});

test('a given day keeps the page’s own time only when that time falls on the given day both in UTC, as the report shows it, and in the writer’s zone (midreview32 finding 11)', () => {
  const text =
    'The Orrin valley road reopened on Thursday after a landslip, the county said.\nCounty engineer Ada Quill said the slope would be watched through the winter.';
  const record = (outlet: string, pageTime: string) =>
    JSON.stringify({
      outlet,
      publishedAt: '2026-12-03',
      html: `<html><head><title>Orrin road reopens</title><meta property="article:published_time" content="${pageTime}"></head><body><article><h1>Orrin road reopens</h1>${text
        .split('\n')
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    });
  const lines = [
    // the writer's day is the 3rd, but 23:30 at -05:00 is the 4th in UTC: the given day wins
    record('Valley Echo', '2026-12-03T23:30:00-05:00'),
    // 01:30 at +03:00 on the 4th is 22:30 UTC on the 3rd: the writer's day (what "on Thursday" is read
    // against) is not the given day, so the given day wins too
    record('Kell Radio', '2026-12-04T01:30:00+03:00'),
    record('Orrin Post', '2026-12-03T22:30:00Z'),
  ];
  const report = analyze(
    [{ path: 'export.jsonl', bytes: new TextEncoder().encode(lines.join('\n')) }],
    {},
    createContext(),
  );
  assert.deepEqual(
    report.articles.map((a) => [a.outlet, a.publishedAt, a.metadataSources.publishedAt]),
    [
      ['Valley Echo', '2026-12-03', 'input'],
      ['Kell Radio', '2026-12-03', 'input'],
      ['Orrin Post', '2026-12-03T22:30:00.000Z', 'meta:article:published_time'],
    ],
  );
});
