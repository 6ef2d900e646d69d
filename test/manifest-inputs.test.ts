import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './cli-harness.ts';

// A folder a colleague filled: one report saved twice under two names (the copy sorts first), another
// report, and a manifest that names the original only. Invented text.
const QUAY =
  'Pellworth quay reopens after storm repairs\n\nThe old fishing quay in Pellworth reopened on Friday after six weeks of storm repairs, the harbour board said.\n\nHarbour master Ines Calloway said the repairs cost $1.2 million and that boats could moor there again from Saturday.';
const QUAY_2 =
  'Storm-hit Pellworth quay open again\n\nPellworth’s fishing quay is open again after six weeks of repairs, the harbour board said on Friday.\n\nThe repairs cost $1.2 million, harbour master Ines Calloway said.';

function savedTwice(): { dir: string; original: string; copy: string } {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  const original = join(dir, 'in', 'quay.txt');
  const copy = join(dir, 'in', 'copy of quay.txt');
  writeFileSync(original, QUAY);
  writeFileSync(copy, QUAY);
  writeFileSync(join(dir, 'in', 'quay-2.txt'), QUAY_2);
  writeFileSync(join(dir, 'in', 'manifest.csv'), 'file,outlet\nquay.txt,Pellworth Evening Gazette\n');
  return { dir, original, copy };
}

test('analyze: files with the same bytes are each read (two outlets may run one wire text), the copy told as republishing', async () => {
  const { dir, original, copy } = savedTwice();
  const run = await cli(['analyze', join(dir, 'in'), '-f', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const articles: { source: string; outlet: string | null; syndicatedFrom: string | null }[] = JSON.parse(
    run.stdout,
  ).articles;
  assert.deepEqual(
    articles.map((a) => a.source),
    [copy, join(dir, 'in', 'quay-2.txt'), original],
  );
  assert.equal(articles.filter((a) => a.syndicatedFrom).length, 1);
  assert.doesNotMatch(run.stderr, /same bytes/);
});

test('ingest: of files with the same bytes (one article in a store) the one the manifest names is stored, said in one line', async () => {
  const { dir, original } = savedTwice();
  const db = join(dir, 'desk.db');
  const run = await cli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /keeps its values/);
  assert.match(run.stderr, /copy of quay\.txt has the same bytes as \S*quay\.txt, read once\n/);
  const listed = await cli(['articles', '--db', db, '-f', 'jsonl']);
  const stored = listed.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { source: string; outlet: string | null });
  assert.deepEqual(
    stored.filter((a) => /quay\.txt$/.test(a.source)).map((a) => [a.source, a.outlet]),
    [[original, 'Pellworth Evening Gazette']],
  );
});

test('analyze: an outlet the manifest misspells is said, beside the name the other articles give it', async () => {
  const { dir, copy } = savedTwice();
  rmSync(copy);
  writeFileSync(join(dir, 'in', 'manifest.csv'), 'file,outlet\nquay.txt,Pellworth Evening Gazete\n');
  writeFileSync(
    join(dir, 'in', 'quay-2.txt'),
    `${QUAY_2.split('\n')[0]}\nPellworth Evening Gazette\n\n${QUAY_2.split('\n').slice(2).join('\n')}`,
  );
  const run = await cli(['analyze', join(dir, 'in'), '-f', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const outlets = JSON.parse(run.stdout).articles.map((a: { outlet: string }) => a.outlet);
  assert.deepEqual(outlets, ['Pellworth Evening Gazette', 'Pellworth Evening Gazete']);
  assert.deepEqual(
    run.stderr.split('\n').filter((line) => /named alike/.test(line)),
    [
      'parallax: warning: outlets named alike are reported apart: "Pellworth Evening Gazette" (a1) and "Pellworth Evening Gazete" (a2, from the manifest); if they are one, give it one name (a manifest\'s outlet wins)',
    ],
  );
});

test('analyze: a manifest’s day that is the page’s own day keeps the page’s time; another day wins', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  const page = (title: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>${title}</title><meta property="article:published_time" content="2026-12-03T22:30:00Z"></head><body><article><h1>${title}</h1><p>${QUAY.split('\n\n').slice(1).join('</p><p>')}</p></article></body></html>`;
  writeFileSync(join(dir, 'in', 'same-day.html'), page('Pellworth quay reopens after repairs'));
  writeFileSync(join(dir, 'in', 'other-day.html'), page('Quay open again in Pellworth'));
  writeFileSync(
    join(dir, 'in', 'manifest.csv'),
    'file,publishedAt\nsame-day.html,2026-12-03\nother-day.html,2026-12-05\n',
  );
  const run = await cli(['analyze', join(dir, 'in'), '-f', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const articles: { source: string; publishedAt: string; metadataSources: Record<string, string> }[] =
    JSON.parse(run.stdout).articles;
  assert.deepEqual(
    articles.map((a) => [a.source.replace(/.*\//, ''), a.publishedAt, a.metadataSources.publishedAt]),
    [
      ['other-day.html', '2026-12-05', 'manifest'],
      ['same-day.html', '2026-12-03T22:30:00.000Z', 'meta:article:published_time'],
    ],
  );
});

test('ingest: one wire text saved from two outlets, the manifest naming both, is each outlet’s article, the second told as republishing the first (midreview32 finding 13)', async () => {
  const { dir, original, copy } = savedTwice();
  writeFileSync(
    join(dir, 'in', 'manifest.csv'),
    'file,outlet\nquay.txt,Pellworth Evening Gazette\ncopy of quay.txt,Harrowby Courier\nquay-2.txt,Radio Marl\n',
  );
  const db = join(dir, 'desk.db');
  const listed = async () =>
    (await cli(['articles', '--db', db, '-f', 'jsonl'])).stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            source: string;
            outlet: string | null;
            syndicatedFrom: string | null;
          },
      )
      .sort((a, b) => (a.source < b.source ? -1 : 1));
  const run = await cli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /keeps its values/);
  const stored = await listed();
  assert.deepEqual(
    stored.map((a) => [a.source, a.outlet]),
    [
      [copy, 'Harrowby Courier'],
      [join(dir, 'in', 'quay-2.txt'), 'Radio Marl'],
      [original, 'Pellworth Evening Gazette'],
    ],
  );
  const [courier, , gazette] = stored;
  assert.deepEqual(
    [courier?.syndicatedFrom, gazette?.syndicatedFrom].filter(Boolean).length,
    1,
    'one of the two is told as the other’s republication',
  );
  // ingested again: each file known again as its own article, nothing added, nothing to say
  const again = await cli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.doesNotMatch(again.stderr, /keeps its values/);
  assert.deepEqual(
    (await listed()).map((a) => a.id),
    stored.map((a) => a.id),
  );
});

test('ingest: a copy under no outlet stored by an earlier run does not take the outlet a later manifest names away (newuser11 finding 3)', async () => {
  const { dir, original, copy } = savedTwice();
  const db = join(dir, 'desk.db');
  const first = await cli(['ingest', copy, '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  const run = await cli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /keeps its values/);
  const stored = (await cli(['articles', '--db', db, '-f', 'jsonl'])).stdout
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as {
          id: string;
          source: string;
          outlet: string | null;
          syndicatedFrom: string | null;
        },
    );
  const unnamed = stored.find((a) => a.source === copy);
  assert.deepEqual(
    stored.filter((a) => /quay\.txt$/.test(a.source)).map((a) => [a.source, a.outlet, a.syndicatedFrom]),
    [
      [copy, null, null],
      [original, 'Pellworth Evening Gazette', unnamed?.id],
    ],
  );
});
