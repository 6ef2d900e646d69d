import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { startSite } from '../src/fetch/fixtures/site.ts';
import { openStore } from '../src/store/index.ts';
import { tempDir } from './cli-harness.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'parallax.js');

// Run the CLI in a child process; `whenStarted` may signal it. Resolves with its exit status and stderr.
function parallax(args: string[], whenStarted?: (child: ReturnType<typeof spawn>) => void) {
  return new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('exit', (status) => resolve({ status, stderr }));
    whenStarted?.(child);
  });
}

test('watch stopped by Ctrl-C mid-round stores what it fetched; restarted, it fetches only the rest, nothing twice', async () => {
  const site = await startSite();
  const dir = tempDir();
  try {
    const db = join(dir, 'watch.db');
    const sources = join(dir, 'sources.json');
    writeFileSync(
      sources,
      JSON.stringify([
        {
          name: 'Fixture Herald',
          urls: [`${site.origin}/feeds/rss.xml`, `${site.origin}/sitemap-index.xml`],
          every: '1h',
        },
      ]),
    );
    const polite = ['--allow-private', '--delay', '400ms', '--per-host', '1', '--db', db];
    // the first watcher is interrupted once it has asked for two pages
    const first = await parallax(['watch', '--sources', sources, ...polite], (child) => {
      const poll = setInterval(() => {
        if (site.requests.filter((r) => r.path.startsWith('/news/')).length >= 2) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 20);
    });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /stopping after the pages in hand are stored/);
    // the round's line says it was cut short, and names no next poll (it said "polled …; next poll at")
    assert.match(
      first.stderr,
      /stopped during the round of Fixture Herald \(due again at the next start\): \d/,
    );
    assert.doesNotMatch(first.stderr, /next poll/);
    const store = await openStore(db);
    const storedFirst: string[] = [];
    for await (const stored of store.articles()) storedFirst.push(new URL(stored.article.url ?? '').pathname);
    await store.close();
    assert.ok(
      storedFirst.length >= 1 && storedFirst.length < 4,
      `stored ${storedFirst.length} before the stop`,
    );
    const before = site.requests.length;
    // restarted: the cut-short round left the source due, so the watcher finishes it at once
    const second = await parallax(['watch', '--sources', sources, '--once', ...polite]);
    assert.equal(second.status, 0, second.stderr);
    const asked = site.requests.slice(before).map((r) => r.path);
    for (const path of storedFirst) assert.ok(!asked.includes(path), `${path} fetched again`);
    const done = await openStore(db);
    try {
      // stories 1, 2 and 4 of the feed and 9 of the sitemap, each once
      assert.equal((await done.stats()).articles, 4);
    } finally {
      await done.close();
    }
    // and a third start finds nothing due: the round was completed
    const third = await parallax(['watch', '--sources', sources, '--once', ...polite]);
    assert.match(third.stderr, /nothing due/);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fetch stopped by Ctrl-C stores the pages it fetched; run again, it fetches only the rest', async () => {
  const site = await startSite();
  const dir = tempDir();
  try {
    const db = join(dir, 'fetch.db');
    const polite = ['--allow-private', '--delay', '400ms', '--per-host', '1', '--db', db];
    const feed = `${site.origin}/feeds/rss.xml`;
    // interrupted once it has asked for two pages: their batch of 200 was never full, and was lost
    const first = await parallax(['fetch', feed, ...polite], (child) => {
      const poll = setInterval(() => {
        if (site.requests.filter((r) => r.path.startsWith('/news/')).length >= 2) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 20);
    });
    assert.equal(first.status, 130, first.stderr);
    assert.match(first.stderr, /stopping after the pages in hand are stored/);
    assert.match(
      first.stderr,
      /stopped before the end \(run it again for the rest\): [1-3] new articles? in/,
    );
    const store = await openStore(db);
    const storedFirst: string[] = [];
    for await (const stored of store.articles()) storedFirst.push(new URL(stored.article.url ?? '').pathname);
    await store.close();
    assert.ok(
      storedFirst.length >= 1 && storedFirst.length < 3,
      `stored ${storedFirst.length} before the stop`,
    );
    const before = site.requests.length;
    const second = await parallax(['fetch', feed, ...polite]);
    assert.equal(second.status, 0, second.stderr);
    const asked = site.requests.slice(before).map((r) => r.path);
    for (const path of storedFirst) assert.ok(!asked.includes(path), `${path} fetched again`);
    const done = await openStore(db);
    try {
      assert.equal((await done.stats()).articles, 3); // stories 1, 2 and 4 of the feed, each once
    } finally {
      await done.close();
    }
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch --once exits 3 when a page or feed of its round failed, as fetch does', async () => {
  const site = await startSite();
  const dir = tempDir();
  try {
    const sources = join(dir, 'sources.json');
    writeFileSync(
      sources,
      JSON.stringify([{ name: 'Gone Gazette', urls: [`${site.origin}/news/no-such-page.html`] }]),
    );
    const db = join(dir, 'watch.db');
    const run = await parallax([
      'watch',
      '--sources',
      sources,
      '--once',
      '--allow-private',
      '--delay',
      '0',
      '--db',
      db,
    ]);
    assert.match(run.stderr, /no-such-page\.html: HTTP 404/);
    assert.equal(run.status, 3, run.stderr);
    // the next round finds nothing due and nothing failed
    const again = await parallax(['watch', '--sources', sources, '--once', '--allow-private', '--db', db]);
    assert.equal(again.status, 0, again.stderr);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch --once after a refused poll says the source is due at the next start, not after its interval', async () => {
  const site = await startSite();
  const dir = tempDir();
  try {
    const sources = join(dir, 'sources.json');
    const feed = `${site.origin}/feeds/rss.xml`;
    writeFileSync(sources, JSON.stringify([{ name: 'Kelso Record', urls: [feed], every: '15m' }]));
    const db = join(dir, 'watch.db');
    // the fixture site is on a loopback address: refused without --allow-private, stored as not checked
    const run = await parallax(['watch', '--sources', sources, '--once', '--db', db]);
    assert.match(run.stderr, /private or loopback address/);
    assert.match(run.stderr, /polled Kelso Record: .*; due again at the next start/, run.stderr);
    assert.doesNotMatch(run.stderr, /due again at \d/);
    assert.equal(site.requests.length, 0);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
