import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { locationProblem, openStore } from '../../src/store/index.ts';
import { cli, tempDir } from '../cli-harness.ts';

/**
 * A store location that is a malformed PostgreSQL URL (`postgres:lab`, the `//` forgotten) or a URL
 * no backend reads is refused in one line: before, it opened (or created) a SQLite file of that name
 * in the working folder, and an assistant's ingests went there instead of the team's database.
 */

test('a PostgreSQL URL without its // or another scheme’s URL is no location; paths are', () => {
  for (const bad of [
    'postgres:lab',
    'postgres:/lab',
    'POSTGRESQL:lab?host=/tmp',
    'mysql://a@h/db',
    'https://h/x.db',
  ])
    assert.ok(locationProblem(bad), bad);
  assert.match(
    locationProblem('postgres:lab') ?? '',
    /postgres:lab is no PostgreSQL URL: write postgres:\/\/USER@HOST\/DATABASE/,
  );
  assert.equal(locationProblem('postgres:ana:s3cret@db/news')?.includes('s3cret'), false);
  for (const good of [
    'news.db',
    './postgres.db',
    '/srv/lab/parallax.db',
    'C:\\lab\\news.db',
    'file:news.db',
    ':memory:',
  ])
    assert.equal(locationProblem(good), null, good);
  assert.equal(locationProblem('postgres://ana@/news?host=/tmp/x'), null);
});

test('openStore refuses a malformed URL and creates no file', async (t) => {
  const dir = tempDir();
  const cwd = process.cwd();
  process.chdir(dir);
  t.after(() => process.chdir(cwd));
  await assert.rejects(openStore('postgres:lab'), { name: 'StoreRefusedError' });
  assert.deepEqual(readdirSync(dir), []);
});

test('ingest, stats and fetch with --db postgres:lab: one line, exit 2, no file', async (t) => {
  const dir = tempDir();
  const cwd = process.cwd();
  process.chdir(dir);
  t.after(() => process.chdir(cwd));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'a.txt'), 'The Pellmarsh ferry resumed on Monday after repairs to its ramp.');
  for (const argv of [
    ['ingest', 'a.txt', '--db', 'postgres:lab', '-q'],
    ['stats', '--db', 'postgres:lab'],
    ['sources', '--db', 'postgres:lab'],
  ]) {
    const run = await cli(argv);
    assert.equal(run.status, 2, `${argv[0]}: ${run.stderr}`);
    assert.equal(
      run.stderr,
      'parallax: postgres:lab is no PostgreSQL URL: write postgres://USER@HOST/DATABASE (postgres://USER@/DATABASE?host=/socket/folder for a unix socket)\n',
    );
  }
  assert.equal(existsSync(join(dir, 'postgres:lab')), false);
});
