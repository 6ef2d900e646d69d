import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sayOnce, stampOf } from './watch-command.ts';

test('a watch log line is stamped with its UTC time to the second', () => {
  assert.equal(stampOf(new Date('2026-11-06T21:15:09.640-05:00')), '2026-11-07 02:15:09 UTC');
});

test("a watch round's warning repeated by later rounds is said once", () => {
  const lines: string[] = [];
  const warn = sayOnce((line) => lines.push(line));
  for (const round of [1, 2, 3]) {
    warn('http://feeds.example/rss.xml: the item "Letters" links no http(s) URL, left out');
    if (round === 2) warn('http://news.example/a.html: HTTP 404');
  }
  assert.deepEqual(lines, [
    'http://feeds.example/rss.xml: the item "Letters" links no http(s) URL, left out',
    'http://news.example/a.html: HTTP 404',
  ]);
});
