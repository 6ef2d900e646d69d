import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cli, tempDir } from './cli-harness.ts';

// `story ID --terms FILE` (newuser19 #15): a stored story's report with the report options analyze
// takes, computed from its stored articles, and the stored report left as it was.
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'harbor-bridge');

describe('parallax story with report options', () => {
  const dir = tempDir();
  const db = join(dir, 'news.db');
  const terms = join(dir, 'terms.csv');
  before(async () => {
    writeFileSync(terms, 'term,neutral,note,use\ncrumbling,aging,a loaded adjective,\n');
    const run = await cli(['ingest', EXAMPLE, '--db', db, '-q']);
    assert.equal(run.status, 0, run.stderr);
  });

  // the term's rows as outlet and its four use counts, read by the header's names (the table may
  // gain columns after them)
  const USES = ['headline', 'headline_quoted', 'own_voice', 'in_quotes'];
  const crumbling = (csv: string) => {
    const [head = '', ...rows] = csv.split(/\r?\n/).map((row) => row.split(','));
    const at = (name: string) => head.indexOf(name);
    return rows
      .filter((row) => row[at('term')] === 'crumbling')
      .map((row) => `${row[at('outlet')]} ${USES.map((name) => row[at(name)]).join(',')}`);
  };

  test('--terms counts the file’s terms, as analyze --terms does, and keeps no report made with them', async () => {
    const given = await cli(['story', 's1', '--db', db, '--table', 'framing', '--terms', terms]);
    assert.equal(given.status, 0, given.stderr);
    const rows = crumbling(given.stdout);
    // one row per outlet, the Beacon's one use in its own voice
    assert.equal(rows.length, 6, given.stdout);
    assert.ok(rows.includes('The Daily Beacon 0,0,1,0'), rows.join('\n'));
    const analyzed = await cli(['analyze', EXAMPLE, '--table', 'framing', '--terms', terms, '-q']);
    assert.deepEqual(rows.sort(), crumbling(analyzed.stdout).sort());
    // the stored report is the default one, for every other reader
    const plain = await cli(['story', 's1', '--db', db, '--table', 'framing']);
    assert.deepEqual(crumbling(plain.stdout), []);
  });

  test('--summary-words and --outlets are taken too; other commands refuse them in one line', async () => {
    const short = await cli(['story', 's1', '--db', db, '--summary-words', '0']);
    assert.deepEqual(
      [short.status, short.stderr],
      [2, 'parallax: --summary-words takes a whole number above 0\n'],
    );
    const missing = await cli(['story', 's1', '--db', db, '--outlets', join(dir, 'none.csv')]);
    assert.deepEqual([missing.status, missing.stdout], [2, '']);
    assert.match(missing.stderr, /^parallax: cannot read \S+none\.csv: no such file\n$/);
    const stories = await cli(['stories', '--db', db, '--terms', terms]);
    assert.deepEqual([stories.status, stories.stderr], [2, 'parallax: stories has no --terms option\n']);
  });

  // newuser20 #13: story took no -q, as analyze, ingest and serve do
  test('story -q writes its file with nothing on standard error; every store command takes -q', async () => {
    const out = join(dir, 'quiet.md');
    const quiet = await cli(['story', 's1', '--db', db, '-o', out, '-q']);
    assert.deepEqual([quiet.status, quiet.stderr], [0, '']);
    const loud = await cli(['story', 's1', '--db', db, '-o', out]);
    assert.match(loud.stderr, /^parallax: wrote /);
    for (const command of [['stories'], ['search', 'bridge'], ['articles'], ['stats']]) {
      const run = await cli([...command, '--db', db, '-q']);
      assert.equal(run.status, 0, `${command[0]}: ${run.stderr}`);
    }
  });

  // fix41c's Left: changes and article (their own parser) took no -q
  test('changes and article take -q as the other store commands do', async () => {
    // (a1: the example's first article, as `articles` lists it)
    for (const command of [
      ['changes', '--since', '2000-01-01'],
      ['article', 'a1'],
    ]) {
      const run = await cli([...command, '--db', db, '-q']);
      assert.deepEqual([run.status, run.stderr], [0, ''], `${command[0]}: ${run.stderr}`);
    }
  });
});
