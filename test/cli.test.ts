import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ReportSchema } from '../src/model/index.ts';
import { cli, tempDir } from './cli-harness.ts';

const STORY_A = [
  'Ferry service halted after engine fire',
  '',
  'The Larkport ferry service was halted on Monday after an engine fire on the vessel Grey Heron, the harbour authority said.',
  'No passengers were hurt, and the 120 people on board were brought back to the pier by tugboats.',
].join('\n');
const STORY_A2 = [
  'Engine fire stops Larkport ferries',
  '',
  'Ferries in Larkport stopped running on Monday when fire broke out in the engine room of the Grey Heron.',
  'The harbour authority said all 120 passengers on the ferry were returned safely to the pier.',
].join('\n');
const STORY_B = [
  'Library wins national design prize',
  '',
  'The new Millbrook public library won the national architecture prize for its timber reading hall.',
  'The jury praised the library for its light, its reading rooms and its garden.',
].join('\n');

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('parallax CLI', () => {
  test('--help and --version answer on stdout with status 0', async () => {
    const help = await cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /parallax analyze <paths\.\.\.>/);
    const analyzeHelp = await cli(['analyze', '--help']);
    assert.match(analyzeHelp.stdout, /--format <md\|json\|html>/);
    const version = await cli(['--version']);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  const failures: [string, string[], RegExp][] = [
    ['no command', [], /Usage:/],
    ['an unknown command', ['summon'], /unknown command "summon"/],
    [
      'a missing path',
      ['analyze', '/nonexistent/parallax/path'],
      /cannot read \/nonexistent\/parallax\/path: no such file/,
    ],
    ['an unknown option', ['analyze', '--colour', 'x'], /Unknown option '--colour'/],
    ['an unknown format', ['analyze', '-f', 'pdf', '.'], /unknown format "pdf"/],
    ['no paths', ['analyze'], /needs at least one file or folder/],
    [
      'a bad summary length',
      ['analyze', '--summary-words', 'ten', '.'],
      /--summary-words takes a whole number/,
    ],
  ];
  for (const [name, argv, message] of failures)
    test(`${name}: one line on stderr, status 2, nothing on stdout`, async () => {
      const run = await cli(argv);
      assert.equal(run.status, 2);
      if (argv.length) {
        assert.match(run.stderr, message);
        assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
        assert.equal(run.stdout, '');
      } else assert.match(run.stdout, message);
    });

  test('an unsupported file named on the command line is a usage error', async () => {
    const dir = folder({ 'photo.png': 'not an article' });
    const run = await cli(['analyze', join(dir, 'photo.png')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unsupported file type/);
  });

  test('a folder with no articles is an error, not an empty report', async () => {
    const dir = folder({ 'notes.csv': 'a,b' });
    const run = await cli(['analyze', dir]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no articles found/);
  });

  test('two unrelated events give two stories; JSON output matches the schema', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'nested/b.txt': STORY_A2, 'c.txt': STORY_B });
    const run = await cli(['analyze', dir, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    assert.equal(report.articles.length, 3);
    const name = new Map(report.articles.map((a) => [a.id, a.source.slice(dir.length + 1)]));
    const stories = report.stories.map((s) => s.articleIds.map((id) => name.get(id)).join(' + ')).sort();
    assert.deepEqual(stories, ['a.txt + nested/b.txt', 'c.txt']);
  });

  test('a bad file inside a folder is reported and skipped; the rest is analysed with status 3', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'broken.json': '{"text": "unfinished', 'empty.txt': '' });
    const run = await cli(['analyze', dir, '-f', 'json']);
    assert.equal(run.status, 3);
    assert.match(run.stderr, /broken\.json: not valid JSON/);
    assert.match(run.stderr, /empty\.txt: the file is empty/);
    assert.equal(JSON.parse(run.stdout).articles.length, 1);
  });

  test('-o infers the format from the extension and writes the file whole', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'b.txt': STORY_B });
    const out = join(tempDir(), 'report.html');
    const run = await cli(['analyze', dir, '-o', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /https?:\/\/(?!parallax\.invalid)/);
    // one script, the page's own, allowed by its hash in the page's Content-Security-Policy
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
    assert.equal(html.match(/<script/g)?.length, 1);
    const hash = createHash('sha256')
      .update(scripts[0] as string)
      .digest('base64');
    assert.ok(html.includes(`script-src 'sha256-${hash}'`), 'the CSP allows that script by its hash alone');
    assert.deepEqual(readdirSync(join(out, '..')), ['report.html'], 'no temporary file left behind');
  });

  test('a failed write leaves nothing behind and says why in one line', async () => {
    const dir = folder({ 'a.txt': STORY_A });
    const out = join(tempDir(), 'missing-folder', 'report.md');
    const run = await cli(['analyze', dir, '-o', out]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot write .*report\.md: ENOENT/);
    assert.equal(existsSync(out), false);
  });

  test('article text is escaped in HTML and Markdown', async () => {
    const dir = folder({
      'x.txt':
        'Council <script>alert(1)</script> vote\n\nThe council voted <b>7-2</b> on the bridge plan on Tuesday, the clerk said.',
    });
    const html = await cli(['analyze', dir, '-f', 'html']);
    assert.doesNotMatch(html.stdout, /<script>alert/);
    assert.match(html.stdout, /&lt;script&gt;alert/);
  });

  test('"-" reads one article from standard input', async () => {
    const run = await cli(['analyze', '-', '-f', 'json'], STORY_B);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.articles[0].source, '-');
    assert.match(report.articles[0].text, /timber reading hall/);
  });

  test('extract prints one JSON object per input per line, with its source', async () => {
    const dir = folder({
      'a.txt': STORY_A,
      'b.jsonl': `${JSON.stringify({ text: STORY_B, outlet: 'Millbrook Post' })}\n`,
    });
    const run = await cli(['extract', dir, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(lines.length, 2);
    assert.equal(lines[0].source, join(dir, 'a.txt'));
    assert.equal(lines[1].source, `${join(dir, 'b.jsonl')}#1`);
    assert.equal(lines[1].outlet, 'Millbrook Post');
    const text = await cli(['extract', join(dir, 'a.txt')]);
    assert.match(text.stdout, /tugboats\./);
  });

  test("--terms and --outlets add the user's contested terms and outlet table to the framing", async () => {
    const dir = folder({
      'a.json': JSON.stringify({
        text: `${STORY_A}\nCritics called the fire a calamity.`,
        outlet: 'Larkport Ledger',
      }),
      'b.txt': STORY_A2,
      'terms.csv': 'term,neutral,note\ncalamity,incident,loaded word for an event without deaths\n',
      'outlets.csv': 'name,domains,leaning,owner\nLarkport Ledger,ledger.example,centre,Ledger Group\n',
    });
    const run = await cli([
      'analyze',
      join(dir, 'a.json'),
      join(dir, 'b.txt'),
      '-f',
      'json',
      '--terms',
      join(dir, 'terms.csv'),
      '--outlets',
      join(dir, 'outlets.csv'),
    ]);
    assert.equal(run.status, 0, run.stderr);
    const framing = JSON.parse(run.stdout).stories[0].framing;
    const calamity = framing.contested.find((c: { term: string }) => c.term === 'calamity');
    assert.equal(calamity?.byArticle?.a1?.ownVoice, 1);
    assert.deepEqual(
      framing.outlets.map((o: { articleId: string; leaning: string }) => [o.articleId, o.leaning]),
      [['a1', 'centre']],
    );
  });

  test('a malformed --terms file is one line on stderr and status 2', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'terms.csv': 'word;other\nx;y\n' });
    const run = await cli(['analyze', join(dir, 'a.txt'), '--terms', join(dir, 'terms.csv')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /terms\.csv: /);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });

  test('--llm-endpoint that does not answer keeps the extractive summary and says so', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'b.txt': STORY_A2 });
    const plain = await cli(['analyze', dir, '-f', 'json']);
    const run = await cli([
      'analyze',
      dir,
      '-f',
      'json',
      '--llm-endpoint',
      'http://127.0.0.1:9',
      '--llm-model',
      'm',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.stories[0].summary, JSON.parse(plain.stdout).stories[0].summary);
    assert.ok(
      report.issues.some((i: { code: string }) => i.code.startsWith('llm/')),
      JSON.stringify(report.issues),
    );
    const bad = await cli(['analyze', dir, '--llm-endpoint', 'localhost:8080']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--llm-endpoint takes an http\(s\) URL/);
  });

  test('an article that is all boilerplate is skipped by name, in analyze and extract alike', async () => {
    const dir = folder({
      'a.txt': STORY_A,
      'junk.txt': 'Leave a Comment\n\nRelated Posts\n',
      'empty.html': '<html><body><script>x()</script></body></html>',
    });
    for (const command of ['analyze', 'extract']) {
      const run = await cli([command, dir, '-f', 'json']);
      assert.equal(run.status, 3, `${command}: ${run.stderr}`);
      assert.match(run.stderr, /junk\.txt: no article text left/);
      assert.match(run.stderr, /empty\.html: no readable text/);
      const sources =
        command === 'analyze'
          ? JSON.parse(run.stdout).articles.map((a: { source: string }) => a.source)
          : run.stdout
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l).source);
      assert.deepEqual(sources, [join(dir, 'a.txt')]);
    }
  });
});

test('--verbose prints each story’s marks and the self-check of its citations on stderr', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'a.txt'),
    'Harbour crews reopened the Ostmark ferry pier on Friday after a two-week repair.\n\nThe repair cost 1.2 million euros, the port said.',
  );
  writeFileSync(
    join(dir, 'b.txt'),
    'The Ostmark ferry pier was reopened by harbour crews on Friday after a two-week repair.\n\nPassengers welcomed the news.',
  );
  const run = await cli(['analyze', '-v', '-f', 'json', dir]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /s1: \d+ facts? \(\d+ ✓, \d+ ✗, \d+ ◷\); self-check \d+ of \d+ cited supporters/);
  assert.match(run.stderr, /self-check, all stories: \d+ of \d+/);
  const report = JSON.parse(run.stdout);
  assert.equal(
    report.check.pairs,
    report.stories.reduce((n: number, s: { check: { pairs: number } }) => n + s.check.pairs, 0),
  );
});
