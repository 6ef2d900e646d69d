import assert from 'node:assert/strict';
import test from 'node:test';
import { pageInput } from './page-input.ts';

// A page stored with what its listing said, before listings' dates were read to ISO: the raw RSS text.
const page = (publishedAt: string) => ({
  url: 'https://herald.example/news/quay',
  finalUrl: null,
  body: new TextEncoder().encode('<html><body><p>The Pellworth quay reopened.</p></body></html>'),
  contentType: 'text/html',
  source: 'Pellworth Herald',
  listed: { publishedAt, title: 'Quay reopens' },
});

test("a listing's stored date is handed on read to ISO, or left out when it reads as no date", () => {
  assert.equal(
    pageInput(page('Sat, 05 Dec 2026 19:56:03 +0000')).defaults?.publishedAt,
    '2026-12-05T19:56:03.000Z',
  );
  assert.equal(pageInput(page('2026-12-05')).defaults?.publishedAt, '2026-12-05');
  const unread = pageInput(page('last Saturday')).defaults ?? {};
  assert.ok(!('publishedAt' in unread), 'no date rather than text no stage reads');
  assert.equal(unread.title, 'Quay reopens');
});
