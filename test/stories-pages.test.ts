import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { cli, tempDir } from './cli-harness.ts';

// `parallax stories` in pages (--limit, --after), on the bundled example's two stories, in a store whose
// path has a space: the next page's command is printed as a shell reads it, and runs as printed.
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'harbor-bridge');
const db = join(tempDir(), 'my news.db');

before(async () => {
  const run = await cli(['ingest', EXAMPLE, '--db', db, '-q']);
  assert.equal(run.status, 0, run.stderr);
});

// The printed command's words as a POSIX shell reads them, less "parallax".
function shellWords(command: string): string[] {
  const words = execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${command}`], { encoding: 'utf8' });
  return words.trimEnd().split('\n').slice(1);
}

// store40: stories had --limit only, so a store of more stories than a page could not be read on
test('stories: a page cut by --limit ends with the command of the next page, which lists the rest', async () => {
  const listed = async (...extra: string[]) => {
    const run = await cli(['stories', '--db', db, '-f', 'json', ...extra]);
    assert.equal(run.status, 0, run.stderr);
    return { ids: JSON.parse(run.stdout).map((s: { id: string }) => s.id) as string[], stderr: run.stderr };
  };
  for (const sort of [[], ['--sort', 'outlets']]) {
    const all = await listed(...sort);
    assert.equal(all.ids.length, 2);
    assert.equal(all.stderr, '');
    const first = await listed(...sort, '--limit', '1');
    const next = /^parallax: more stories \(this page is not all\): (parallax stories .*)\n$/.exec(
      first.stderr,
    );
    assert.ok(next, first.stderr);
    const words = shellWords(next[1] as string);
    // the store named (review41-B: without --db the printed command read ./parallax.db), the options kept
    assert.deepEqual(words.slice(0, -2), ['stories', '--db', db, ...sort, '--limit', '1']);
    assert.equal(words.at(-2), '--after');
    const second = await listed(...sort, '--limit', '1', '--after', words.at(-1) as string);
    assert.deepEqual([...first.ids, ...second.ids], all.ids);
    assert.equal(second.stderr, '', 'the last page names no next one');
    // as printed, the command runs (-f json added to read its page)
    const pasted = await cli([...words, '-f', 'json']);
    assert.deepEqual(
      JSON.parse(pasted.stdout).map((s: { id: string }) => s.id),
      second.ids,
    );
  }
  // -q: the next page's command is not said beside JSON
  assert.equal((await listed('--limit', '1', '-q')).stderr, '');
  const table = await cli(['stories', '--db', db, '--limit', '1']);
  assert.match(
    table.stdout,
    /\n\nMore \(this page is not all\): parallax stories --db '[^']+\/my news\.db' --limit 1 --after \S+\n$/,
  );
  const bad = await cli(['stories', '--db', db, '--after', 'page-2']);
  assert.deepEqual(
    [bad.status, bad.stderr],
    [2, 'parallax: --after takes the cursor a page of parallax stories printed, not "page-2"\n'],
  );
  assert.match(
    (await cli(['search', 'bridge', '--db', db, '--after', 'x'])).stderr,
    /search has no --after option/,
  );
});
