import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cli, tempDir } from './cli-harness.ts';

// Bad input to the store's commands: one line on stderr, status 2, nothing half-done; and their --help.
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'harbor-bridge');

describe("the store's commands on bad input", () => {
  const db = join(tempDir(), 'news.db');
  before(async () => {
    const run = await cli(['ingest', EXAMPLE, '--db', db, '-q']);
    assert.equal(run.status, 0, run.stderr);
  });

  const failures: [string, (db: string) => string[], RegExp][] = [
    ['an unknown story', (d) => ['story', 's999999', '--db', d], /no story "s999999" in the store/],
    ['a story without its id', (d) => ['story', '--db', d], /story takes one story id/],
    ['a search without a query', (d) => ['search', '--db', d], /search takes one query/],
    ['an empty query', (d) => ['search', ' ', '--db', d], /search takes a query, not an empty one/],
    ['two queries', (d) => ['search', 'bridge', 'ferry', '--db', d], /search takes one query \(quote it\)/],
    ['a bad date', (d) => ['stories', '--since', 'yesterday-ish', '--db', d], /--since takes a date/],
    ['a bad limit', (d) => ['search', 'bridge', '--limit', '0', '--db', d], /--limit takes a whole number/],
    [
      'a bad format',
      (d) => ['articles', '--format', 'xml', '--db', d],
      /unknown format "xml" \(text or jsonl or json\)/,
    ],
    ['a stray argument', (d) => ['stats', 'now', '--db', d], /stats takes no arguments/],
    [
      'an unknown option',
      (d) => ['stories', '--colour', '--db', d],
      /^parallax: unknown option --colour \(see parallax stories --help\)\n$/,
    ],
    [
      'a missing store',
      () => ['stories', '--db', '/nonexistent/parallax.db'],
      /no store at \/nonexistent\/parallax\.db/,
    ],
    ['ingest without paths', (d) => ['ingest', '--db', d], /ingest needs at least one file/],
    ['a bad --jobs', (d) => ['ingest', EXAMPLE, '--jobs', 'two', '--db', d], /--jobs takes a whole number/],
    [
      'ingest of a missing path',
      (d) => ['ingest', '/nonexistent/news', '--db', d],
      /cannot read \/nonexistent\/news/,
    ],
  ];
  for (const [name, argv, message] of failures)
    test(`${name}: one line on stderr, status 2, nothing on stdout`, async () => {
      const run = await cli(argv(db));
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.equal(run.stdout, '');
    });

  test('a read command does not create a store that is not there', async () => {
    const missing = join(tempDir(), 'typo.db');
    assert.equal((await cli(['stats', '--db', missing])).status, 2);
    assert.equal(existsSync(missing), false);
  });

  test('every store command answers --help', async () => {
    for (const command of ['ingest', 'stories', 'story', 'search', 'articles', 'stats']) {
      const run = await cli([command, '--help']);
      assert.equal(run.status, 0);
      assert.match(run.stdout, new RegExp(`^Usage: parallax ${command}`));
    }
  });
});
