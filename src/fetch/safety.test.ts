import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTarget, guardedLookup, isPrivateAddress } from './address.ts';
import { createFetcher } from './fetcher.ts';
import { startSite } from './fixtures/site.ts';

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
