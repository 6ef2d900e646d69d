import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorSayer, stampOf } from './watch-command.ts';

test('a watch log line is stamped with its UTC time to the second', () => {
  assert.equal(stampOf(new Date('2026-11-06T21:15:09.640-05:00')), '2026-11-07 02:15:09 UTC');
});

test("a feed's warning repeated by later rounds is said once; a page's failure at each attempt", () => {
  const lines: string[] = [];
  const say = errorSayer(new Set(['http://feeds.example/rss.xml']), (line) => lines.push(line));
  for (const _round of [1, 2, 3]) {
    say({ url: 'http://feeds.example/rss.xml', error: 'the item "Letters" links no http(s) URL, left out' });
    say({ url: 'http://news.example/a.html', error: 'HTTP 503' });
  }
  assert.deepEqual(lines, [
    'http://feeds.example/rss.xml: the item "Letters" links no http(s) URL, left out',
    'http://news.example/a.html: HTTP 503',
    'http://news.example/a.html: HTTP 503',
    'http://news.example/a.html: HTTP 503',
  ]);
});
