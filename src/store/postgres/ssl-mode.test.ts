import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import test from 'node:test';
import { openStore } from '../index.ts';
import { driverUrl } from './ssl-mode.ts';

const CLI = new URL('../../../bin/parallax.js', import.meta.url).pathname;

test('sslmode is read as psql reads it: over TCP with the driver libpq reading, ignored on a socket', () => {
  const tcp = 'postgres://lab:s3cret@db.example:5433/news';
  assert.equal(driverUrl(tcp), tcp);
  assert.equal(driverUrl(`${tcp}?application_name=x`), `${tcp}?application_name=x`);
  for (const mode of ['prefer', 'require', 'verify-ca', 'verify-full', 'disable'])
    assert.equal(driverUrl(`${tcp}?sslmode=${mode}`), `${tcp}?sslmode=${mode}&uselibpqcompat=true`);
  // the user's own choice of the driver's reading is kept
  assert.equal(
    driverUrl(`${tcp}?sslmode=require&uselibpqcompat=false`),
    `${tcp}?sslmode=require&uselibpqcompat=false`,
  );
  const socket = 'postgres://lab@/news?host=/run/postgresql&sslmode=require';
  assert.equal(driverUrl(socket), `${socket}&sslmode=disable`);
  assert.equal(
    driverUrl('postgres://lab@%2Frun%2Fpostgresql/news?sslmode=prefer'),
    'postgres://lab@%2Frun%2Fpostgresql/news?sslmode=prefer&sslmode=disable',
  );
  assert.equal(
    driverUrl('postgres://lab@/news?host=%2Frun%2Fpg&sslmode=disable'),
    'postgres://lab@/news?host=%2Frun%2Fpg&sslmode=disable',
  );
});

test('a URL with sslmode=require fails in one line, with no warning of the driver', () => {
  // nothing listens on port 1: the connection is refused
  const run = spawnSync(
    process.execPath,
    [CLI, 'stats', '--db', 'postgres://lab@127.0.0.1:1/news?sslmode=require'],
    {
      encoding: 'utf8',
    },
  );
  assert.notEqual(run.status, 0);
  assert.doesNotMatch(run.stderr, /WARNING/);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  assert.match(
    run.stderr,
    /^parallax: .*postgres:\/\/lab@127\.0\.0\.1:1\/news\?sslmode=require: .*ECONNREFUSED/,
  );
});

const url = process.env.PARALLAX_TEST_PG;

test('a store on a Unix socket opens with sslmode=require, as psql connects', {
  skip: url?.includes('host=/') ? false : 'needs PARALLAX_TEST_PG on a Unix socket',
}, async () => {
  const store = await openStore(`${url}&sslmode=require`);
  try {
    assert.equal((await store.stats()).backend, 'postgres');
  } finally {
    await store.close();
  }
});
