import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { before, describe, test } from 'node:test';
import { ReportSchema } from '../src/model/index.ts';
import { cli, tempDir } from './cli-harness.ts';

// The store's commands on the bundled example, into a temporary SQLite file.
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'harbor-bridge');

describe('parallax ingest and the read commands', () => {
  const db = join(tempDir(), 'news.db');
  let first: Awaited<ReturnType<typeof cli>>;
  before(async () => {
    first = await cli(['ingest', EXAMPLE, '--db', db]);
  });

  test('ingest stores every article once and says what it did', () => {
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, '');
    assert.match(
      first.stderr,
      /ingested 7 articles into .*news\.db: 7 new, 0 already stored; 2 new stories, 0 grown\n$/,
    );
  });

  test('ingesting the same folder again is a no-op, exit 0, and says so', async () => {
    const again = await cli(['ingest', EXAMPLE, '--db', db]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /nothing new: all 7 articles already in .*news\.db \(7 by URL\)\n$/);
    const stats = await cli(['stats', '--db', db, '--format', 'json']);
    assert.equal(JSON.parse(stats.stdout).articles, 7);
  });

  test("ingest --format json prints the run's summary with the new articles' ids, as fetch does", async () => {
    const other = join(tempDir(), 'ids.db');
    const run = await cli(['ingest', EXAMPLE, '--db', other, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.deepEqual([summary.articles, summary.inserted, summary.insertedIds.length], [7, 7, 7]);
    const listed = JSON.parse((await cli(['articles', '--db', other, '-f', 'json'])).stdout);
    assert.deepEqual([...summary.insertedIds].sort(), listed.map((a: { id: string }) => a.id).sort());
    const again = JSON.parse((await cli(['ingest', EXAMPLE, '--db', other, '-f', 'json', '-q'])).stdout);
    assert.deepEqual([again.inserted, again.insertedIds], [0, []]);
    assert.equal((await cli(['ingest', EXAMPLE, '--db', other, '-f', 'xml'])).status, 2);
  });

  test('stories: the bridge story of six articles and the festival, as a table and as JSON', async () => {
    const table = await cli(['stories', '--db', db]);
    assert.equal(table.status, 0, table.stderr);
    assert.match(table.stdout, /^\| story \| title \| articles \|/);
    assert.match(table.stdout, /\| Kestrel Harbour Bridge closed indefinitely[^|]*\| 6 \|/);
    const json = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout);
    assert.deepEqual(json.map((s: { articleCount: number }) => s.articleCount).sort(), [1, 6]);
    const festival = await cli(['stories', '--db', db, '--outlet', 'the norhaven courier', '-f', 'json']);
    assert.equal(JSON.parse(festival.stdout).length, 2);
    // without its "The" (newuser22 #14): the outlet's stored name, said on stderr
    const loose = await cli(['stories', '--db', db, '--outlet', 'norhaven courier', '-f', 'json']);
    assert.equal(JSON.parse(loose.stdout).length, 2);
    assert.match(loose.stderr, /--outlet "norhaven courier" read as "The Norhaven Courier"/);
    const none = await cli(['stories', '--db', db, '--outlet', 'Nobody Weekly', '-f', 'json']);
    assert.deepEqual(JSON.parse(none.stdout), []);
    // no outlet of that name: the known ones are listed, so the next try can be right
    assert.match(
      none.stderr,
      /no outlet is named "Nobody Weekly"; the outlets are: .*"The Norhaven Courier"/,
    );
    // which stories does every outlet have (newuser17 #15): most outlets first, though a story of
    // one outlet changed last
    const sorted = join(tempDir(), 'sorted.db');
    const later = join(tempDir(), 'later.jsonl');
    const text =
      'The Dunmere library opens late on Thursdays from next month, the county council said. Readers can borrow books until nine in the evening. The council said the trial would last a year.';
    const record = {
      id: 'library',
      title: 'Dunmere library opens late on Thursdays',
      text,
      outlet: 'Dunmere Weekly',
    };
    writeFileSync(later, `${JSON.stringify({ ...record, publishedAt: '2025-03-09' })}\n`);
    assert.equal((await cli(['ingest', EXAMPLE, '--db', sorted, '-q'])).status, 0);
    assert.equal((await cli(['ingest', later, '--db', sorted, '-q'])).status, 0);
    const outletsOf = async (...extra: string[]): Promise<number[]> =>
      JSON.parse((await cli(['stories', '--db', sorted, '-f', 'json', ...extra])).stdout).map(
        (s: { outlets: string[] }) => s.outlets.length,
      );
    assert.equal((await outletsOf())[0], 1);
    const byOutlets = await outletsOf('--sort', 'outlets');
    assert.deepEqual(
      byOutlets,
      [...byOutlets].sort((a, b) => b - a),
    );
    assert.ok((byOutlets[0] ?? 0) > 1);
    const bad = await cli(['stories', '--db', db, '--sort', 'size']);
    assert.deepEqual([bad.status, bad.stderr], [2, 'parallax: --sort takes newest or outlets, not "size"\n']);
  });

  test('story: the full report of one story from the store, computed once then kept', async () => {
    const [bridge] = JSON.parse(
      (await cli(['stories', '--db', db, '-f', 'json', '--outlet', 'Newsdrift Hub'])).stdout,
    );
    const run = await cli(['story', bridge.id, '--db', db, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    assert.equal(report.stories.length, 1);
    assert.equal(report.stories[0]?.id, bridge.id);
    assert.equal(report.articles.length, 6);
    assert.ok((report.stories[0]?.facts.length ?? 0) > 0);
    const listed = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout);
    assert.equal(listed.find((s: { id: string }) => s.id === bridge.id).reportStale, false);
    const html = join(tempDir(), 'story.html');
    const written = await cli(['story', bridge.id, '--db', db, '-o', html]);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(written.stderr, `parallax: wrote ${html} (HTML): 1 story from 6 articles\n`);
    assert.match(readFileSync(html, 'utf8'), /^<!doctype html>/i);
    const md = await cli(['story', bridge.id, '--db', db]);
    assert.match(md.stdout, new RegExp(`## ${bridge.id}: `));
    // -v prints what analyze -v prints: how the story's facts stand (newuser17 #11); other commands refuse it
    const verbose = await cli(['story', bridge.id, '--db', db, '-v']);
    assert.equal(verbose.stdout, md.stdout);
    assert.match(verbose.stderr, new RegExp(`^parallax: ${bridge.id}: \\d+ facts \\(other articles: `, 'm'));
    const refused = await cli(['stories', '--db', db, '-v']);
    assert.deepEqual([refused.status, refused.stderr], [2, 'parallax: stories has no --verbose option\n']);
    // an output that cannot be written is told before the story is looked up or computed
    const nowhere = await cli(['story', 'nope', '--db', db, '-o', join(tempDir(), 'missing', 'story.md')]);
    assert.equal(nowhere.status, 2);
    assert.match(nowhere.stderr, /cannot write .*story\.md: no such folder/);
  });

  test('story with its report stored loads the store and the Markdown renderer only', async () => {
    const [bridge] = JSON.parse(
      (await cli(['stories', '--db', db, '-f', 'json', '--outlet', 'Newsdrift Hub'])).stdout,
    );
    assert.equal((await cli(['story', bridge.id, '--db', db])).status, 0, 'its report is now stored');
    // every module the command loads, through a resolve hook registered before the CLI starts
    const probe = `
      import { registerHooks } from 'node:module';
      const seen = [];
      registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
      const { runCli } = await import('./src/cli/index.ts');
      let out = '';
      const io = { stdout(t) { out += t; }, stderr() {}, readStdin: async () => new Uint8Array(), progress: false };
      const status = await runCli(['story', ${JSON.stringify(bridge.id)}, '--db', ${JSON.stringify(db)}], io);
      console.log(JSON.stringify({ status, seen, out }));`;
    const { execFileSync } = await import('node:child_process');
    const { status, seen, out } = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
        cwd: join(import.meta.dirname, '..'),
        encoding: 'utf8',
      }),
    ) as { status: number; seen: string[]; out: string };
    assert.equal(status, 0);
    assert.match(out, new RegExp(`## ${bridge.id}: `));
    assert.ok(seen.some((url) => url.endsWith('/src/store/sqlite/index.ts')));
    const heavy = seen.filter((url) =>
      /\/pipeline\.ts$|\/stages\/(?!ingest\/)|\/store\/ingest\/|wink|cli-progress|\/report\/(html|story-page)/.test(
        url,
      ),
    );
    assert.deepEqual(heavy, [], 'no pipeline, no progress bar, no HTML renderer');
  });

  test('search: ranked hits with snippets, filters and JSON', async () => {
    const text = await cli(['search', 'girder crack', '--db', db]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^1\. .+ \[a\d+ in s\d+\]\n {3}.*\[(girder|crack)\]/);
    const hits = JSON.parse((await cli(['search', 'chowder', '--db', db, '-f', 'json'])).stdout);
    assert.equal(hits.length, 1);
    assert.match(hits[0].snippet, /\[[Cc]howder\]/);
    const filtered = JSON.parse(
      (await cli(['search', 'bridge', '--db', db, '-f', 'json', '--outlet', 'Estuary Public Radio'])).stdout,
    );
    assert.ok(filtered.length >= 1);
    assert.ok(filtered.every((h: { outlet: string }) => h.outlet === 'Estuary Public Radio'));
    const nothing = await cli(['search', 'zeppelin', '--db', db]);
    assert.equal(nothing.stdout, 'No articles match "zeppelin".\n');
  });

  test('articles: a line per article, or every cleaned article as JSON lines with its story', async () => {
    const lines = (await cli(['articles', '--db', db])).stdout.trim().split('\n');
    assert.equal(lines.length, 7);
    assert.match(
      lines[0] as string,
      /^a\d+\t\d{4}-\d\d-\d\d( \(stored\))?\tThe Norhaven Courier\ts\d+\tKestrel Harbour Bridge/,
    );
    const jsonl = (await cli(['articles', '--db', db, '--format', 'jsonl'])).stdout.trim().split('\n');
    const articles = jsonl.map((line) => JSON.parse(line));
    assert.equal(articles.length, 7);
    assert.ok(articles.every((a) => typeof a.text === 'string' && /^s/.test(a.storyId)));
    // the day an undated article was stored is marked, a publication day is not: the two stay apart
    assert.deepEqual(
      lines.map((line) => line.split('\t')[1]?.endsWith(' (stored)')),
      articles.map((a) => a.publishedAt === null),
    );
    assert.ok(articles.some((a) => a.publishedAt === null) && articles.some((a) => a.publishedAt !== null));
    assert.ok(articles.every((a) => typeof a.ingestedAt === 'string'));
    // json, as the other read commands take it: one array of the same objects (it was a usage error)
    const json = await cli(['articles', '--db', db, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), articles);
    const none = await cli(['articles', '--db', db, '-f', 'json', '--outlet', 'No Such Outlet']);
    assert.deepEqual(JSON.parse(none.stdout), []);
    // an outlet that matches nothing says so on stderr, exit 0 as the other empty listings (newuser14 #15d)
    const part = await cli(['articles', '--db', db, '--outlet', 'Norhaven']);
    assert.deepEqual([part.status, part.stdout], [0, '']);
    assert.match(
      part.stderr,
      /^parallax: no article matches --outlet "Norhaven" \(the outlet is matched by its whole name[^\n]*; the outlets are: [^\n]*"The Norhaven Courier"/,
    );
    assert.equal(part.stderr.split('\n').length, 2, 'one line');
  });

  test('stats: counts, size and last ingest', async () => {
    const run = await cli(['stats', '--db', db]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^store: sqlite .*news\.db\narticles: 7\nstories: 2\noutlets: 6\nsize: \d+/);
    assert.match(run.stdout, /last ingest: \d{4}-\d\d-\d\dT/);
    // a format is named in any case, as analyze's is
    const json = await cli(['stats', '--db', db, '-f', 'JSON']);
    assert.equal(JSON.parse(json.stdout).articles, 7);
    assert.equal((await cli(['stories', '--db', db, '--format', 'Json'])).status, 0);
  });

  test('the read commands open the store read-only: they write nothing to it', async () => {
    // a copy in rollback-journal mode: opened for writing it would turn to WAL, a write of its header
    const copy = join(tempDir(), 'copy.db');
    copyFileSync(db, copy);
    const raw = new DatabaseSync(copy);
    raw.exec('PRAGMA journal_mode = DELETE');
    raw.close();
    const before = readFileSync(copy);
    for (const argv of [['stories'], ['search', 'bridge'], ['articles'], ['stats']]) {
      const run = await cli([...argv, '--db', copy]);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(readFileSync(copy).equals(before), `${argv[0]} left the file as it was`);
    }
  });
});
