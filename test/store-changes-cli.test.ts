import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { cli, tempDir } from './cli-harness.ts';
import { newArticle } from './store/make-article.ts';

// `parallax changes` and `parallax article` on a store made here: three stories, then since a mark a
// new article in one, a corrected page in another, and a merge of the third into the first.
describe('parallax changes and parallax article', () => {
  const db = join(tempDir(), 'desk.db');
  let mark = '';
  const ids: Record<string, string> = {};
  before(async () => {
    const store = await openSqliteStore(db);
    const made = (n: number, text: string, outlet = 'Orrin Ledger') =>
      newArticle({
        title: `Ferry line ${n}`,
        text,
        outlet,
        url: `https://ledger.example/${n}`,
        publishedAt: '2026-12-03',
      });
    const [a, b, c] = (
      await store.upsertArticles([
        made(1, 'The Tarrow ferry stopped on Monday.'),
        made(
          2,
          'About 2,500 riders used the Tarrow ferry.\n\nThe operator gave no date.',
          'Gullport Gazette',
        ),
        made(3, 'A second Tarrow ferry report.'),
      ])
    ).map((o) => o.id) as [string, string, string];
    Object.assign(ids, { a, b, c });
    await store.saveStories([
      { id: 's1', title: 'Tarrow ferry stops', topicId: null, articleIds: [a] },
      { id: 's2', title: 'Ferry riders', topicId: null, articleIds: [b] },
      { id: 's3', title: 'Ferry again', topicId: null, articleIds: [c] },
    ]);
    await sleep(5);
    mark = new Date().toISOString();
    await sleep(5);
    const [d] = (await store.upsertArticles([made(4, 'The Tarrow ferry runs again on Friday.')])).map(
      (o) => o.id,
    ) as [string];
    ids.d = d;
    await store.saveStories([
      { id: 's1', title: 'Tarrow ferry stops', topicId: null, articleIds: [a, c, d] },
    ]);
    const fixed = made(
      2,
      'About 3,000 riders used the Tarrow ferry.\n\nThe operator gave no date.',
      'Gullport Gazette',
    );
    await store.replaceArticles([
      { id: b, article: fixed.article, contentHash: fixed.contentHash, features: null, keepEarlier: true },
    ]);
    await store.close();
  });

  test('changes --since TIME: the new article, the correction and the merge, newest change first', async () => {
    const run = await cli(['changes', '--since', mark, '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^Changes since \d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d+)?)? UTC, newest change first:/,
    );
    // the correction was the last change: its story first
    assert.match(
      run.stdout,
      /\ns2 {2}Ferry riders \(1 article\)\n {4}1 updated \(page read again changed; earlier version kept\): a\d+ Ferry line 2 \(Gullport Gazette\)\n/,
    );
    assert.match(
      run.stdout,
      /\ns1 {2}Tarrow ferry stops \(3 articles\)\n {4}1 new article: a\d+ Ferry line 4 \(Orrin Ledger\)\n {4}s3 merged into it \(1 article\), /,
    );
    assert.ok(run.stdout.indexOf('\ns2 ') < run.stdout.indexOf('\ns1 '));
    assert.match(
      run.stdout,
      /To look again later: parallax changes --db \S+ --since \S+ \(changes at that time are listed again\)\n$/,
    );
    const json = JSON.parse((await cli(['changes', '--since', mark, '--db', db, '-f', 'json'])).stdout);
    assert.deepEqual(
      json.changes.map((x: { story: { id: string }; newArticles: number; updatedArticles: number }) => [
        x.story.id,
        x.newArticles,
        x.updatedArticles,
      ]),
      [
        ['s2', 0, 1],
        ['s1', 1, 0],
      ],
    );
    assert.equal(json.next, null);
    // given back, the newest change shows its story again and nothing older
    const again = JSON.parse(
      (await cli(['changes', '--since', json.newest, '--db', db, '-f', 'json'])).stdout,
    );
    assert.deepEqual(
      again.changes.map((x: { story: { id: string } }) => x.story.id),
      ['s2'],
    );
  });

  test('changes: pages with --limit and --after; --since an article id; nothing since later', async () => {
    const first = await cli(['changes', '--since', mark, '--db', db, '--limit', '1']);
    // the next page's command names the store and keeps the page size (review41-B), and runs as printed
    const more =
      /More \(this page is not all\): parallax changes (--db \S+ --since \S+ --limit 1 --after \S+)\n/.exec(
        first.stdout,
      );
    assert.ok(more, first.stdout);
    // a first page with more: the time to look again from holds once every page is read
    assert.match(
      first.stdout,
      /\nTo look again later, once every page is read: parallax changes --db \S+ --since \S+\n$/,
    );
    const second = await cli(['changes', ...(more[1] as string).split(' ')]);
    assert.match(second.stdout, /\ns1 {2}Tarrow ferry stops/);
    assert.doesNotMatch(second.stdout, /\ns2 |More:|To look again/);
    const byId = JSON.parse(
      (await cli(['changes', '--since', ids.d as string, '--db', db, '-f', 'json'])).stdout,
    );
    assert.deepEqual(
      byId.changes.map((x: { story: { id: string } }) => x.story.id),
      ['s2', 's1'],
    );
    const later = await cli(['changes', '--since', '2099-01-01', '--db', db]);
    assert.equal(later.stdout, 'No story changed since 2099-01-01.\n');
  });

  test('changes: bad input is one line and exit 2', async () => {
    for (const [args, message] of [
      [['changes', '--db', db], /needs --since/],
      [
        ['changes', '--since', 'someday', '--db', db],
        /--since "someday" is no stored article's id and no date/,
      ],
      // Date.parse reads these as 2001-07-01, 2001-12-01 and 2001-01-01
      [['changes', '--since', '7', '--db', db], /--since "7" is no stored article's id and no date/],
      [['changes', '--since', '12', '--db', db], /no stored article's id and no date/],
      [['changes', '--since', 'x-1', '--db', db], /--since "x-1" is no stored article's id and no date/],
      [['changes', '--since', '2026-12', '--db', db], /no stored article's id and no date/],
      [['changes', '--since', mark, '--after', 'nope', '--db', db], /--after takes the cursor/],
      [['changes', '--since', mark, '--versions', '--db', db], /changes has no --versions option/],
      [['article', '--db', db], /article takes one article id/],
      [['article', 'a999', '--db', db], /no article "a999"/],
    ] as const) {
      const run = await cli(args);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });

  test('changes --since a time without a zone: UTC, whatever the zone of the machine', async (t) => {
    const zone = process.env.TZ;
    t.after(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    process.env.TZ = 'Pacific/Auckland';
    const run = await cli(['changes', '--since', '2099-01-01T08:30', '--db', db]);
    assert.equal(run.stdout, 'No story changed since 2099-01-01 08:30 UTC.\n');
    const json = JSON.parse(
      (await cli(['changes', '--since', '2099-01-01T08:30', '--db', db, '-f', 'json'])).stdout,
    );
    assert.equal(json.since, '2099-01-01T08:30:00.000Z');
    const zoned = JSON.parse(
      (await cli(['changes', '--since', '2099-01-01T08:30+01:00', '--db', db, '-f', 'json'])).stdout,
    );
    assert.equal(zoned.since, '2099-01-01T07:30:00.000Z');
  });

  test('article --versions: the text now, and the earlier version with the paragraph it changed', async () => {
    const plain = await cli(['article', ids.b as string, '--db', db]);
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(
      plain.stdout,
      /^a\d+ {2}Ferry line 2\nGullport Gazette · published 2026-12-03 · stored .* · story s2\n/,
    );
    assert.match(
      plain.stdout,
      /An earlier version kept \(parallax article a\d+ --versions\)\n\nAbout 3,000 riders/,
    );
    const versions = await cli(['article', ids.b as string, '--versions', '--db', db]);
    assert.match(
      versions.stdout,
      /\nVersion 1, replaced by the version the store read at .*:\n {2}- About 2,500 riders used the Tarrow ferry\.\n {2}\+ About 3,000 riders used the Tarrow ferry\.\n$/,
    );
    const json = JSON.parse((await cli(['article', ids.b as string, '--db', db, '-f', 'json'])).stdout);
    assert.equal(json.storyId, 's2');
    assert.deepEqual(
      json.revisions.map((r: { removed: string[]; added: string[]; titleChanged: boolean }) => [
        r.removed,
        r.added,
        r.titleChanged,
      ]),
      [[['About 2,500 riders used the Tarrow ferry.'], ['About 3,000 riders used the Tarrow ferry.'], false]],
    );
    const none = await cli(['article', ids.a as string, '--versions', '--db', db]);
    assert.match(none.stdout, /\nNo earlier version kept\.\n$/);
  });

  test("articles --versions: each article's earlier versions under its line, or as its revisions", async () => {
    const listed = await cli(['articles', '--versions', '--db', db]);
    assert.equal(listed.status, 0, listed.stderr);
    const lines = listed.stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith(`${ids.b}\t`));
    assert.match(
      lines[at + 1] ?? '',
      /^\tversion 1, replaced by the version the store read at .*: Ferry line 2 \(then 1 paragraph removed, 1 added\)$/,
    );
    // an article with no earlier version has none under it
    assert.match(lines[lines.findIndex((line) => line.startsWith(`${ids.a}\t`)) + 1] ?? '', /^a\d+\t/);
    const json = (await cli(['articles', '--versions', '--db', db, '-f', 'jsonl'])).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; revisions: { added: string[] }[] });
    assert.deepEqual(
      json.find((a) => a.id === ids.b)?.revisions.map((r) => r.added),
      [['About 3,000 riders used the Tarrow ferry.']],
    );
    assert.deepEqual(json.find((a) => a.id === ids.a)?.revisions, []);
    // without it, the list is as it was
    assert.doesNotMatch((await cli(['articles', '--db', db])).stdout, /\tversion 1/);
    assert.match(
      (await cli(['stories', '--versions', '--db', db])).stderr,
      /stories has no --versions option/,
    );
  });
});
