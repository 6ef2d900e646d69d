import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorSayer, stampOf } from './watch-command.ts';

test('a watch log line is stamped with its UTC time to the second', () => {
  assert.equal(stampOf(new Date('2026-11-06T21:15:09.640-05:00')), '2026-11-07 02:15:09 UTC');
});

test("a feed's warning repeated by later rounds is said once; a page's failure at each attempt", () => {
  const lines: string[] = [];
  const feed = 'http://feeds.example/rss.xml';
  const say = errorSayer(new Set([feed]), (line) => lines.push(line));
  for (const _round of [1, 2, 3])
    say(
      [
        { url: feed, error: 'the item "Letters" links no http(s) URL, left out' },
        { url: 'http://news.example/a.html', error: 'HTTP 503' },
      ],
      new Set([feed]),
    );
  assert.deepEqual(lines, [
    'http://feeds.example/rss.xml: the item "Letters" links no http(s) URL, left out',
    'http://news.example/a.html: HTTP 503',
    'http://news.example/a.html: HTTP 503',
    'http://news.example/a.html: HTTP 503',
  ]);
});

// review38-B F3: a feed that failed, answered, then failed again was logged the first time only.
test("a feed's warning is said again when it comes back after a round that polled the feed without it", () => {
  const lines: string[] = [];
  const [feed, other] = ['http://feeds.example/rss.xml', 'http://other.example/atom.xml'];
  const say = errorSayer(new Set([feed, other]), (line) => lines.push(line));
  const timedOut = { url: feed, error: 'timed out after 10s' };
  say([timedOut], new Set([feed])); // 02:00
  say([], new Set([other])); // a round that did not poll it: nothing forgotten
  say([timedOut], new Set([feed])); // still failing: not said again
  say([], new Set([feed])); // 03:00: it answered
  say([timedOut], new Set([feed])); // 05:00: said again
  assert.deepEqual(lines, [`${feed}: timed out after 10s`, `${feed}: timed out after 10s`]);
});

test('a problem an earlier run told is said once per process, though the feed was not read in full at every poll', () => {
  const lines: string[] = [];
  const feed = 'http://feeds.example/rss.xml';
  const say = errorSayer(new Set([feed]), (line) => lines.push(line));
  const unlinked = { url: feed, error: 'the item "Letters" links no http(s) URL, left out' };
  say([unlinked], new Set([feed])); // first told: not known yet
  say([], new Set([feed])); // the feed answered 304: nothing read
  say([{ ...unlinked, known: true }], new Set([feed])); // read in full again: known
  say([{ ...unlinked, known: true }], new Set([feed]));
  assert.deepEqual(lines, [`${feed}: the item "Letters" links no http(s) URL, left out`]);
});

// fixes39a saw it: a feed's unreadable date was logged at every poll that read the feed in full
test("a listing's note (an item's unreadable date) is said once per process, after the round's errors", () => {
  const lines: string[] = [];
  const feed = 'http://feeds.example/rss.xml';
  const say = errorSayer(new Set([feed]), (line) => lines.push(line));
  const undated = { url: feed, note: 'the item "Tide tables" has an unreadable date, left undated' };
  const failed = { url: 'http://news.example/b.html', error: 'HTTP 503' };
  say([failed], new Set([feed]), [undated]);
  say([], new Set([feed]), []); // a 304: the feed not read
  say([], new Set([feed]), [undated]); // read in full again
  assert.deepEqual(lines, [`${failed.url}: HTTP 503`, `${feed}: ${undated.note}`]);
});
