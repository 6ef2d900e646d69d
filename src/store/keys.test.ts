import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentHash, normaliseText, urlKey } from './keys.ts';

test('urlKey: one key for the addresses of one page', () => {
  const cases: [string | null, string | null][] = [
    ['HTTPS://www.Example.com/a/b/?utm_source=x&b=2&a=1#top', 'https://example.com/a/b?a=1&b=2'],
    ['http://example.com:80/a', 'https://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com', 'https://example.com'],
    ['https://news.example/story?id=7&fbclid=abc&UTM_Medium=y&gclid=z', 'https://news.example/story?id=7'],
    ['https://news.example/story?pk_campaign=a&mc_cid=b&page=2', 'https://news.example/story?page=2'],
    ['https://news.example/Path/Case', 'https://news.example/Path/Case'],
    ['https://news.example/q?b=1&a=2&a=1', 'https://news.example/q?a=1&a=2&b=1'],
    ['  https://news.example/x  ', 'https://news.example/x'],
    ['https://www2.example/x', 'https://www2.example/x'],
    // a site's mobile and AMP hosts are the site, as the run's outlet names read them (siteHost)
    ['https://m.Herald.example/a', 'https://herald.example/a'],
    ['http://mobile.herald.example/a', 'https://herald.example/a'],
    ['https://amp.herald.example/a', 'https://herald.example/a'],
    ['https://www2.herald.example/a', 'https://herald.example/a'],
    ['https://amp.dev/a', 'https://amp.dev/a'],
    ['ftp://Files.Example/a#b', 'ftp://files.example/a'],
    ['not a url', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of cases) assert.equal(urlKey(input), expected, String(input));
});

test('normaliseText and contentHash: the same text re-wrapped, re-cased or re-typeset hashes alike', () => {
  const same: [string, string][] = [
    ['The  bridge\nreopened.', 'the bridge reopened.'],
    ['“Quoted” — it’s done', '"quoted" - it\'s done'],
    ['ﬁve ﬂoors', 'five floors'],
    ['  padded\t\ttext  ', 'padded text'],
  ];
  for (const [a, b] of same) {
    assert.equal(normaliseText(a), normaliseText(b));
    assert.equal(contentHash(a), contentHash(b));
  }
  assert.notEqual(contentHash('The bridge reopened.'), contentHash('The bridge reopened!'));
  assert.match(contentHash('x'), /^[0-9a-f]{64}$/);
});
