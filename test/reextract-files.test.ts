import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { cli, tempDir } from './cli-harness.ts';

// An invented saved page, ingested from a file: the store keeps no raw page of it.
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pier deck work begins</title>
<meta property="og:site_name" content="The Wendmoor Star"></head><body><article><h1>Pier deck work begins</h1>
<p>Workers began replacing the deck of the Wendmoor ferry pier on Monday, three weeks later than planned.</p>
<p>The harbour board said the work would be finished before the spring tides.</p></article></body></html>`;

test('reextract of a store filled from saved files says that ingest keeps no raw page, not only "0 kept pages"', async () => {
  const dir = tempDir();
  const page = join(dir, 'pier.html');
  writeFileSync(page, PAGE);
  const db = join(dir, 'news.db');
  assert.equal((await cli(['ingest', page, '--db', db, '-q'])).status, 0);
  const run = await cli(['reextract', '--db', db]);
  assert.equal(run.status, 0);
  assert.match(run.stderr, /re-read 0 kept pages/);
  assert.match(run.stderr, /only pages fetched from the web \(fetch, watch, URLs added in serve\) are kept/);
  assert.match(run.stderr, /ingest the files again into a new store/);
  assert.match(run.stderr, /1 stored article kept no page and was not re-read/);
  // a script's run (-q) is told too
  const quiet = await cli(['reextract', '--db', db, '-q']);
  assert.equal(quiet.status, 0);
  assert.match(quiet.stderr, /1 stored article kept no page and was not re-read/);
  assert.doesNotMatch(quiet.stderr, /re-read 0 kept pages/);
});
