import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli, tempDir } from './cli-harness.ts';

// Three short invented reports of one event, as scraped text with no outlet in them.
const ARTICLES: Readonly<Record<string, string>> = {
  'quay-1.txt':
    'Pellworth quay reopens after storm repairs\n\nThe old fishing quay in Pellworth reopened on Friday after six weeks of storm repairs, the harbour board said.\n\nHarbour master Ines Calloway said the repairs cost $1.2 million and that boats could moor there again from Saturday.\n\n“The quay is safe, and the boats are coming back,” Calloway said.',
  'quay-2.txt':
    'Storm-hit Pellworth quay open again\n\nPellworth’s fishing quay is open again after six weeks of repairs that followed the January storm, the harbour board said on Friday.\n\nThe repairs cost $1.2 million, harbour master Ines Calloway said, adding that boats could moor there from Saturday.\n\nFishermen said the closure had cost them a season of crab.',
  'quay-3.txt':
    'Quay back in business after costly storm fix\n\nThe Pellworth fishing quay reopened on Friday after repairs that took six weeks and cost $1.2 million, the harbour board said.\n\n“The quay is safe, and the boats are coming back,” harbour master Ines Calloway said.\n\nCritics on the council said the bill was too high for a quay used by a dozen boats.',
};

function folder(manifest?: [name: string, text: string]): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, 'in', name), text);
  if (manifest) writeFileSync(join(dir, 'in', manifest[0]), manifest[1]);
  return dir;
}

const MANIFEST = [
  'file,outlet,url,publishedAt,leaning',
  'quay-1.txt,Pellworth Evening Gazette,https://www.pellworth-gazette.example/quay,2025-02-14,centre',
  'in/quay-2.txt,Harbour Daily,,2025-02-14T18:00:00Z,',
  'quay-9.txt,Nobody’s Paper,,,',
].join('\n');

describe('--manifest', () => {
  test('names the outlets, URL and dates of the inputs; leanings go to the framing; a missing file is a warning', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'manifest-1.csv'), MANIFEST);
    const run = await cli([
      'analyze',
      join(dir, 'in'),
      '--manifest',
      join(dir, 'manifest-1.csv'),
      '-f',
      'json',
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /warning: .*manifest-1\.csv lists quay-9\.txt, which is not among the inputs\n/);
    const report = JSON.parse(run.stdout);
    const [a1, a2, a3] = report.articles;
    assert.equal(a1.outlet, 'Pellworth Evening Gazette');
    assert.equal(a1.url, 'https://www.pellworth-gazette.example/quay');
    assert.equal(a1.publishedAt, '2025-02-14');
    assert.deepEqual([a1.metadataSources.outlet, a1.metadataSources.publishedAt], ['manifest', 'manifest']);
    assert.deepEqual([a2.outlet, a2.metadataSources.outlet], ['Harbour Daily', 'manifest']);
    assert.equal(a3.outlet, null);
    assert.equal(report.stories.length, 1);
    assert.deepEqual(report.stories[0].framing.outlets, [
      {
        articleId: 'a1',
        name: 'Pellworth Evening Gazette',
        leaning: 'centre',
        owner: null,
        from: 'manifest',
      },
    ]);
    const md = await cli(['analyze', join(dir, 'in'), '--manifest', join(dir, 'manifest-1.csv'), '-q']);
    assert.match(md.stdout, /Pellworth Evening Gazette: leaning centre/);
    const extract = await cli([
      'extract',
      join(dir, 'in', 'quay-2.txt'),
      '--manifest',
      join(dir, 'manifest-1.csv'),
      '-f',
      'json',
    ]);
    assert.equal(JSON.parse(extract.stdout).outlet, 'Harbour Daily');
  });

  test("the manifest's leaning wins over --outlets, whose owner stays", async () => {
    const dir = folder();
    writeFileSync(join(dir, 'm.csv'), MANIFEST);
    writeFileSync(
      join(dir, 'outlets.csv'),
      'name,domains,leaning,owner\nPellworth Evening Gazette,,left,Harbour Media',
    );
    const args = [
      'analyze',
      join(dir, 'in'),
      '--manifest',
      join(dir, 'm.csv'),
      '--outlets',
      join(dir, 'outlets.csv'),
    ];
    const run = await cli([...args, '-f', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).stories[0].framing.outlets, [
      {
        articleId: 'a1',
        name: 'Pellworth Evening Gazette',
        leaning: 'centre',
        owner: 'Harbour Media',
        from: 'both',
      },
    ]);
  });

  test('a malformed manifest is one line on stderr (one a bad row), status 2, and nothing written', async () => {
    const dir = folder();
    const cases: [string, RegExp, number?][] = [
      ['outlet,url\nHarbour Daily,', /bad\.csv: CSV needs a header row/],
      [
        'file,publishedAt\nquay-1.txt,last Friday',
        /bad\.csv: line 2 \(quay-1\.txt\): publishedAt must be an ISO date .*, not "last Friday"\n$/,
      ],
      ['file,outlet\nquay-1.txt,A\nin/quay-1.txt,B', /bad\.csv: line 2 and line 3 both describe/],
      // every bad row said, one line each, each as the CLI's line
      [
        'file,publishedAt\nquay-1.txt,03/12/2026\nquay-2.txt,2026-12-03\nquay-3.txt,soon',
        /^parallax: \S*bad\.csv: line 2 \(quay-1\.txt\): .*write it 2026-12-03 or 2026-03-12\)\nparallax: \S*bad\.csv: line 4 \(quay-3\.txt\): .*not "soon"\n$/,
        2,
      ],
    ];
    for (const [text, message, lines = 1] of cases) {
      writeFileSync(join(dir, 'bad.csv'), text);
      const out = join(dir, 'report.html');
      const run = await cli(['analyze', join(dir, 'in'), '--manifest', join(dir, 'bad.csv'), '-o', out]);
      assert.equal(run.status, 2, text);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, lines);
      assert.equal(existsSync(out), false);
    }
    const missing = await cli(['analyze', join(dir, 'in'), '--manifest', join(dir, 'none.csv')]);
    assert.deepEqual(
      [missing.status, /cannot read .*none\.csv: no such file/.test(missing.stderr)],
      [2, true],
    );
  });

  test('a manifest.json among the inputs is read as the manifest, never as an article, and said so', async () => {
    const dir = folder([
      'manifest.json',
      JSON.stringify([{ file: 'quay-3.txt', outlet: 'Quayside Weekly' }]),
    ]);
    const run = await cli(['analyze', join(dir, 'in'), '-f', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /reading .*manifest\.json as the manifest of the inputs/);
    // -q says nothing of it, in analyze and ingest alike
    for (const command of [['analyze'], ['ingest', '--db', join(dir, 'news.db')]]) {
      const quiet = await cli([...command, join(dir, 'in'), '-q']);
      assert.equal(quiet.status, 0, quiet.stderr);
      assert.equal(quiet.stderr, '', command[0]);
    }
    const report = JSON.parse(run.stdout);
    assert.equal(report.articles.length, 3);
    assert.equal(report.articles[2].outlet, 'Quayside Weekly');
    // a file named again, itself or its folder, is one input, and its manifest one manifest
    const again = await cli([
      'analyze',
      join(dir, 'in'),
      join(dir, 'in', 'quay-3.txt'),
      join(dir, 'in', 'manifest.json'),
      join(dir, 'in', '.'),
      '-f',
      'json',
    ]);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(
      JSON.parse(again.stdout).articles.map((a: { outlet: string | null }) => a.outlet),
      report.articles.map((a: { outlet: string | null }) => a.outlet),
    );
    writeFileSync(join(dir, 'in', 'parallax-manifest.csv'), 'file,outlet\nquay-1.txt,X');
    const two = await cli(['analyze', join(dir, 'in')]);
    assert.equal(two.status, 2);
    assert.match(two.stderr, /found 2 manifests .*choose one with --manifest/);
  });
  test('ingested again with a corrected manifest: the stored articles keep their values, and one warning line says which', async () => {
    const dir = folder(['manifest.csv', MANIFEST]);
    const db = join(dir, 'news.db');
    const first = await cli(['ingest', join(dir, 'in'), '--db', db]);
    assert.equal(first.status, 0, first.stderr);
    assert.doesNotMatch(first.stderr, /keeps? (its|their) values/);
    // the same manifest again: nothing to say
    const same = await cli(['ingest', join(dir, 'in'), '--db', db]);
    assert.doesNotMatch(same.stderr, /keeps? (its|their) values/);
    writeFileSync(join(dir, 'in', 'manifest.csv'), MANIFEST.replace('quay,2025-02-14,', 'quay,2025-02-15,'));
    const corrected = await cli(['ingest', join(dir, 'in'), '--db', db, '-q']);
    assert.equal(corrected.status, 0, corrected.stderr);
    assert.match(
      corrected.stderr,
      /(^|\n)parallax: warning: 1 article already stored keeps its values, not the manifest's: a\d+ \(“Pellworth quay reopens after storm repairs”\): publishedAt 2025-02-15 here, 2025-02-14 stored\n$/,
    );
  });
  // newuser24 #13: a manifest kept for several batches names the other batches' files, which exist
  test("rows naming another batch's files are one calm note; a row naming no file stays a warning", async () => {
    const dir = folder();
    mkdirSync(join(dir, 'later'));
    writeFileSync(join(dir, 'later', 'quay-4.txt'), ARTICLES['quay-1.txt'] ?? '');
    const rows = [
      'file,outlet',
      'in/quay-1.txt,Harbour Daily',
      'later/quay-4.txt,Harbour Daily',
      'in/quay-9.txt,Nobody',
    ];
    writeFileSync(join(dir, 'm.csv'), rows.join('\n'));
    const run = await cli(['analyze', join(dir, 'in'), '--manifest', join(dir, 'm.csv'), '-f', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      /m\.csv: 1 row is for files not in this run \(later\/quay-4\.txt\), left for them; 1 used\n/,
    );
    assert.doesNotMatch(run.stderr, /warning: .*quay-4/);
    assert.match(run.stderr, /warning: .*m\.csv lists in\/quay-9\.txt, which is not among the inputs\n/);
  });
});
