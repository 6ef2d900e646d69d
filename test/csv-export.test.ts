import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseCsv } from '../src/stages/compare/user-files.ts';
import { cli, tempDir } from './cli-harness.ts';
import { folder, STORY_A, STORY_A2, STORY_B } from './cli-stories.ts';

// `--table` on the command line: one CSV table of the report, and the article keys that join a run's
// ids with the store's. Invented articles (test/cli-stories.ts).
const TABLES = 'articles, coverage, quotes, framing, tone';

describe('analyze and story --table: CSV tables with stable article keys', () => {
  const dir = folder({
    'day1/ferry.txt': STORY_A,
    'day2/ferry-again.txt': STORY_A2,
    'day2/library.txt': STORY_B,
  });

  test('analyze --table articles writes the CSV table, every article keyed by file name and text hash', async () => {
    const run = await cli(['analyze', dir, '--table', 'articles', '-q']);
    assert.equal(run.status, 0, run.stderr);
    const [header, ...rows] = parseCsv(run.stdout);
    assert.deepEqual(header, [
      'story',
      'article',
      'key',
      'outlet',
      'leaning',
      'label',
      'published',
      'url',
      'headline',
    ]);
    assert.deepEqual(rows.map((r) => r[2]?.replace(/@[0-9a-f]{8}$/, '@…')).sort(), [
      'ferry-again.txt@…',
      'ferry.txt@…',
      'library.txt@…',
    ]);
    assert.ok(run.stdout.endsWith('\r\n'));
  });

  test('-o x.csv writes the table to the file and says which', async () => {
    const out = join(tempDir(), 'quotes.csv');
    const run = await cli(['analyze', dir, '--table', 'quotes', '-o', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /wrote .*quotes\.csv \(CSV, the quotes table\): 2 stories from 3 articles\n$/);
    assert.equal(parseCsv(readFileSync(out, 'utf8'))[0]?.[0], 'story');
  });

  test('the key of an article is the same in analyze and in the store, where its id may differ', async () => {
    const db = join(tempDir(), 'news.db');
    // the library article first: the store numbers the ferry articles after it
    assert.equal((await cli(['ingest', join(dir, 'day2', 'library.txt'), '--db', db, '-q'])).status, 0);
    assert.equal((await cli(['ingest', dir, '--db', db, '-q'])).status, 0);
    const keyed = (csv: string) =>
      new Map(
        parseCsv(csv)
          .slice(1)
          .map((r) => [r[2] as string, r[1] as string]),
      );
    const analyzed = keyed((await cli(['analyze', dir, '--table', 'articles', '-q'])).stdout);
    const stories = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout) as { id: string }[];
    const stored = new Map<string, string>();
    for (const { id } of stories) {
      const run = await cli(['story', id, '--db', db, '--table', 'articles']);
      assert.equal(run.status, 0, run.stderr);
      for (const [key, article] of keyed(run.stdout)) stored.set(key, article);
    }
    assert.deepEqual([...stored.keys()].sort(), [...analyzed.keys()].sort());
    // the same article under two ids: the key is what joins them
    const ferry = [...analyzed.keys()].find((k) => k.startsWith('ferry.txt@')) as string;
    assert.notEqual(stored.get(ferry), analyzed.get(ferry));
  });

  test('the Markdown article list and the JSON report give each article its key', async () => {
    const md = (await cli(['analyze', dir, '-q'])).stdout;
    assert.match(md, /\(`[^`]*ferry\.txt`; key `ferry\.txt@[0-9a-f]{8}`\)/);
    const json = JSON.parse((await cli(['analyze', dir, '-f', 'json', '-q'])).stdout);
    for (const a of json.articles) assert.match(a.key, /^[a-z-]+\.txt@[0-9a-f]{8}$/);
  });

  test('CSV without a table, a table of another format or an unknown table: one usage line, nothing written', async () => {
    const out = join(tempDir(), 'r.csv');
    const cases: [string[], RegExp][] = [
      [
        ['analyze', dir, '--format', 'csv'],
        new RegExp(`CSV is one table: add --table with one of ${TABLES}\n$`),
      ],
      [['analyze', dir, '-o', out], /CSV is one table: add --table/],
      [['analyze', dir, '--table', 'speakers'], new RegExp(`unknown table "speakers" \\(${TABLES}\\)\n$`)],
      [['analyze', dir, '--table', 'tone', '-f', 'json'], /--table writes CSV, not JSON/],
      [['analyze', dir, '--table', 'tone', '-o', join(tempDir(), 'r.html')], /--table writes CSV, not HTML/],
      [['stories', '--table', 'tone', '--db', join(tempDir(), 'x.db')], /stories has no --table option/],
      [['analyze', dir, '-f', 'xlsx'], /unknown format "xlsx" \(md, json, html or csv\)/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(argv);
      assert.equal(run.status, 2, argv.join(' '));
      assert.match(run.stderr, message, argv.join(' '));
      assert.equal(run.stderr.split('\n').length, 2, run.stderr);
      assert.equal(run.stdout, '');
    }
    assert.equal(existsSync(out), false);
  });

  // newuser19 #9: a table of every stored story took a loop over stories --format json and story --table
  test('export: one table of every stored story under one header, as CSV or JSON lines', async () => {
    const db = join(tempDir(), 'all.db');
    assert.equal((await cli(['ingest', dir, '--db', db, '-q'])).status, 0);
    const stories = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout) as { id: string }[];
    assert.equal(stories.length, 2);
    const each: string[][] = [];
    for (const { id } of stories)
      each.push(...parseCsv((await cli(['story', id, '--db', db, '--table', 'articles'])).stdout).slice(1));
    const run = await cli(['export', '--table', 'articles', '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    const [header, ...rows] = parseCsv(run.stdout);
    assert.deepEqual(header, [
      'story',
      'article',
      'key',
      'outlet',
      'leaning',
      'label',
      'published',
      'url',
      'headline',
    ]);
    assert.deepEqual(rows, each);
    assert.match(run.stderr, /^parallax: the articles table of 2 stories \(0 computed\), 3 rows\n$/);
    // JSON lines: one object a row, keyed by the CSV's columns; to a file with -o
    const out = join(tempDir(), 'coverage.jsonl');
    const lines = await cli(['export', '--table', 'coverage', '--db', db, '-o', out, '-q']);
    assert.deepEqual([lines.status, lines.stdout, lines.stderr], [0, '', '']);
    const objects = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const csv = parseCsv((await cli(['export', '--table', 'coverage', '--db', db, '-q'])).stdout);
    assert.ok(objects.length > 0);
    assert.deepEqual(
      objects.map((o) => Object.values(o).map((v) => (v === null ? '' : String(v)))),
      csv.slice(1),
    );
    assert.deepEqual(Object.keys(objects[0]), csv[0]);
    for (const [argv, message] of [
      [['export', '--db', db], /export needs --table: articles, coverage/],
      [['export', '--table', 'speakers', '--db', db], /unknown table "speakers"/],
      [['export', '--table', 'tone', '-f', 'xlsx', '--db', db], /unknown format "xlsx" \(csv or jsonl\)/],
    ] as [string[], RegExp][]) {
      const bad = await cli(argv);
      assert.deepEqual([bad.status, bad.stdout], [2, ''], argv.join(' '));
      assert.match(bad.stderr, message);
    }
  });
});
