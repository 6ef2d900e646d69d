import assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type FixtureSite, startSite } from '../src/fetch/fixtures/site.ts';
import { openStore } from '../src/store/index.ts';
import { cli, tempDir } from './cli-harness.ts';

// The fetch commands against the invented site on 127.0.0.1.
describe('parallax fetch, watch, sources, reextract', () => {
  let site: FixtureSite;
  let dir: string;
  const fast = ['--allow-private', '--delay', '0', '--timeout', '1.5s', '-q'];
  before(async () => {
    site = await startSite();
    dir = tempDir();
  });
  after(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('usage errors are one line and exit 2', async () => {
    for (const argv of [
      ['fetch'],
      ['fetch', 'ftp://x.example/feed'],
      ['fetch', 'https://x.example/feed', '--per-host', '3'],
      ['fetch', 'https://x.example/feed', '--delay', 'soon'],
      ['fetch', 'https://x.example/feed', '--since', 'last week'],
      ['fetch', 'https://x.example/feed', '--max-pages', '0'],
      ['watch'],
      ['watch', '--sources', join(dir, 'missing.csv')],
      ['sources', '--db', join(dir, 'missing.db')],
    ]) {
      const run = await cli(argv);
      assert.equal(run.status, 2, argv.join(' '));
      assert.match(run.stderr, /^parallax: [^\n]+\n$/, argv.join(' '));
    }
    // "sources add" (newuser19 #14): the line names the way sources are given, and so does its help
    const add = await cli(['sources', 'add', 'Wexmoor Post', 'https://post.example/feed.xml']);
    assert.equal(add.status, 2);
    assert.match(
      add.stderr,
      /^parallax: sources takes no arguments, got "add": sources are the rows of a CSV/,
    );
    assert.match(add.stderr, /watch --sources FILE or parallax fetch --sources FILE[^\n]*add a row there/);
    assert.match(add.stderr, /^parallax: [^\n]+\n$/);
    assert.match((await cli(['help', 'sources'])).stdout, /add its row to that file/);
    const bare = await cli(['fetch', 'news.example/rss.xml', '--db', join(dir, 'bare.db')]);
    assert.equal(
      bare.stderr,
      'parallax: cannot read news.example/rss.xml: no such file (a URL starts with https://)\n',
    );
    // a loopback URL named without --allow-private: nothing could be done, bad usage (newuser14 #18)
    const loopback = await cli(['fetch', `${site.origin}/feeds/rss.xml`, '--db', join(dir, 'lo.db')]);
    assert.deepEqual(
      [loopback.status, loopback.stderr, existsSync(join(dir, 'lo.db')), site.requests.length],
      [2, 'parallax: 127.0.0.1 is a private or loopback address (allow it with --allow-private)\n', false, 0],
    );
    const file = await cli(['fetch', join(dir, 'urls.txt'), '--db', join(dir, 'bare.db')]);
    assert.match(file.stderr, /urls\.txt: no such file\n$/);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'name,urls,every\nWexmoor Post,https://post.example/feed.xml,10s\n');
    const run = await cli(['watch', '--sources', bad]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /row 1: every: "10s" is shorter than the 1-minute minimum/);
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'name,urls\nWexmoor Post,https://post.example/feed.xml\n');
    const days = await cli(['watch', '--sources', good, '--recheck-days', '0', '--db', join(dir, 'days.db')]);
    assert.deepEqual(
      [days.status, days.stderr],
      [2, 'parallax: --recheck-days takes a whole number of days from 1 to 30\n'],
    );
  });

  test('fetch prints its summary as JSON, stores the articles, and exits 3 when some pages failed', async () => {
    const db = join(dir, 'fetch.db');
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `${site.origin}/news/1\n# mine\nwww.example.org/story\n${site.origin}/news/2\n`);
    const run = await cli([
      'fetch',
      `${site.origin}/feeds/atom.xml`,
      list,
      `${site.origin}/news/slow`,
      '--db',
      db,
      '--format',
      'json',
      ...fast,
    ]);
    assert.equal(run.status, 3, run.stderr);
    const summary = JSON.parse(run.stdout) as {
      stored: number;
      failed: number;
      errors: { url: string; error: string }[];
    };
    assert.equal(summary.stored, 3);
    // a line of the list that is no URL is told, the comment is not
    const listed = summary.errors.filter((e) => e.url.endsWith('/urls.txt')).map((e) => e.error);
    assert.deepEqual(listed, ['not an http(s) URL, left out: www.example.org/story']);
    const store = await openStore(db);
    try {
      assert.equal((await store.stats()).articles, 3);
    } finally {
      await store.close();
    }
  });

  test('watch --once polls the sources, keeps their outlet and leaning, and sources shows their health', async () => {
    const db = join(dir, 'watch.db');
    // a file name with a space: the hint names it quoted, as it can be pasted into a shell
    const sources = join(dir, 'my sources.csv');
    writeFileSync(
      sources,
      `name,urls,leaning,owner,every\nFixture Herald,${site.origin}/feeds/rss.xml ${site.origin}/feeds/rdf.xml,centre,Herald Group,30m\nFixture Herald JSON,${site.origin}/feeds/feed.json,,,\n`,
    );
    const first = await cli(['watch', '--sources', sources, '--once', '--db', db, ...fast]);
    // the RSS feed lists a page robots.txt disallows: the round ends as a fetch of it does, status 3
    assert.equal(first.status, 3, first.stderr);
    const store = await openStore(db);
    try {
      const outlets = [];
      for await (const stored of store.articles()) outlets.push(stored.article.outlet);
      assert.deepEqual(outlets.sort(), [
        'Fixture Herald',
        'Fixture Herald',
        'Fixture Herald',
        'Fixture Herald',
        'Fixture Herald JSON',
      ]);
      assert.deepEqual(
        (await store.fetchSources()).map((s) => [s.name, s.leaning, s.everyMs]),
        [
          ['Fixture Herald', 'centre', 1_800_000],
          ['Fixture Herald JSON', null, null],
        ],
      );
    } finally {
      await store.close();
    }
    // a restarted watcher finds nothing due: no request at all
    const before = site.requests.length;
    const again = await cli([
      'watch',
      '--sources',
      sources,
      '--once',
      '--db',
      db,
      '--allow-private',
      '--delay',
      '0',
    ]);
    assert.equal(again.status, 0);
    // --once polls no more: it says when a run would find a source due, not a "next poll"
    // (with its date when that is not today's, UTC: dueAt)
    // and how to poll now, due or not (newuser19 #16): fetch --sources, named with the file given
    assert.match(
      again.stderr,
      /nothing due before (?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d UTC; to poll now: parallax fetch --sources '\/[^' ]+\/my sources\.csv' \(with the same options\)\n/,
    );
    assert.match(
      (await cli(['help', 'watch'])).stdout,
      /to poll every source\s+now, due or not: parallax fetch --sources/,
    );
    assert.doesNotMatch(again.stderr, /next poll/);
    // a watcher's log lines say when (UTC): an overnight log tells when a page failed
    assert.match(again.stderr, /^parallax: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC nothing due/);
    assert.equal(site.requests.length, before);
    const health = await cli(['sources', '--db', db, '--format', 'json']);
    const rows = JSON.parse(health.stdout) as {
      name: string;
      articles: number;
      errorRate: number;
      lastSuccess: string | null;
    }[];
    const herald = rows.find((r) => r.name === 'Fixture Herald');
    assert.equal(herald?.articles, 4);
    assert.ok(herald?.lastSuccess);
    // one of its six pages (the /private/ one) was disallowed, none failed
    assert.equal(herald?.errorRate, 0);
    // the sources' leaning and owner frame the stored stories' reports
    const stories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as {
      id: string;
    }[];
    const framed: { name: string; leaning: string | null; owner: string | null }[] = [];
    for (const story of stories) {
      const report = JSON.parse((await cli(['story', story.id, '--db', db, '--format', 'json'])).stdout) as {
        stories: { framing: { outlets: typeof framed } | null }[];
      };
      framed.push(...report.stories.flatMap((s) => s.framing?.outlets ?? []));
    }
    assert.ok(framed.length > 0);
    for (const o of framed)
      assert.deepEqual(
        [o.leaning, o.owner],
        o.name === 'Fixture Herald' ? ['centre', 'Herald Group'] : [null, null],
        JSON.stringify(o),
      );
    assert.ok(framed.some((o) => o.name === 'Fixture Herald'));
    const text = await cli(['sources', '--db', db]);
    assert.match(text.stdout, /^source\s+last success\s+errors\s+new articles/);
    assert.match(text.stdout, /Fixture Herald JSON/);
  });

  test('fetch --refresh asks the pages handled before again, conditionally', async () => {
    const db = join(dir, 'refresh.db');
    const feed = `${site.origin}/feeds/rss091.xml`;
    const first = await cli(['fetch', feed, '--db', db, ...fast]);
    assert.equal(first.status, 0, first.stderr);
    const before = site.requests.length;
    const run = await cli(['fetch', feed, '--db', db, '--refresh', '--format', 'json', ...fast]);
    assert.equal(run.status, 0, run.stderr);
    const summary = JSON.parse(run.stdout) as { pagesUnchanged: number; stored: number; known: number };
    assert.deepEqual([summary.pagesUnchanged, summary.stored, summary.known], [1, 0, 0]);
    const page = site.requests.slice(before).find((r) => r.path === '/news/5');
    assert.match(String(page?.headers['if-none-match']), /^"page-5-r\d+"$/);
  });

  test('reextract --into rebuilds the articles from the kept pages without fetching', async () => {
    const db = join(dir, 'watch.db');
    const into = join(dir, 'rebuilt.db');
    const before = site.requests.length;
    const run = await cli(['reextract', '--db', db, '--into', into, '--format', 'json', '-q']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { stored: number }).stored, 5);
    assert.equal(site.requests.length, before);
    const store = await openStore(into);
    try {
      assert.equal((await store.stats()).articles, 5);
    } finally {
      await store.close();
    }
  });

  test('reextract into the same store replaces the articles whose extraction changed and says how many', async () => {
    const db = join(dir, 'watch.db');
    const store = await openStore(db);
    let id = '';
    try {
      // what an older extractor might have stored: the text cut short
      const first = (await store.articles({ limit: 1 })[Symbol.asyncIterator]().next()).value?.article;
      assert.ok(first);
      id = first.id;
      const cut = { ...first, text: 'Officials said on Monday.', body: ['Officials said on Monday.'] };
      await store.replaceArticles([{ id, article: cut, contentHash: `cut-${id}`, features: null }]);
    } finally {
      await store.close();
    }
    const run = await cli(['reextract', '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      /re-read 5 kept pages into .*: 1 article changed \(replaced\), 4 unchanged, 0 new/,
    );
    const again = await openStore(db);
    try {
      assert.notEqual((await again.article(id))?.article.text, 'Officials said on Monday.');
      assert.equal((await again.stats()).articles, 5);
    } finally {
      await again.close();
    }
  });
});
