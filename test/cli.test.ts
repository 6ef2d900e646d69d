import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ReportSchema } from '../src/model/index.ts';
import { cli, tempDir } from './cli-harness.ts';
import { folder, STORY_A, STORY_A2, STORY_B } from './cli-stories.ts';

// The CLI end to end: help, usage errors, folders, standard input, skipped articles, --verbose.
// Output files and extract: cli-output.test.ts; --terms, --outlets, --llm-endpoint: cli-options.test.ts.
describe('parallax CLI', () => {
  test('--help and --version answer on stdout with status 0', async () => {
    const help = await cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /parallax analyze <paths\.\.\.>/);
    const analyzeHelp = await cli(['analyze', '--help']);
    assert.match(analyzeHelp.stdout, /--format <md\|json\|html\|csv>/);
    assert.deepEqual(await cli(['help', 'analyze']), analyzeHelp);
    assert.match((await cli(['help', 'fetch'])).stdout, /^Usage: parallax fetch /);
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
    [
      'an unknown option',
      ['analyze', '--colour', 'x'],
      /^parallax: unknown option --colour \(see parallax analyze --help\)\n$/,
    ],
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

  test('links in a folder are followed: to an article, to a folder; a dangling one or a loop ends', async () => {
    const elsewhere = folder({ 'a.txt': STORY_A, 'more/b.txt': STORY_B });
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    symlinkSync(join(elsewhere, 'a.txt'), join(dir, 'in', 'a.txt'));
    symlinkSync(join(elsewhere, 'more'), join(dir, 'in', 'more'));
    symlinkSync(join(elsewhere, 'gone.txt'), join(dir, 'in', 'gone.txt'));
    symlinkSync(dir, join(dir, 'in', 'up'));
    const run = await cli(['analyze', join(dir, 'in'), '-f', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).articles.map((a: { source: string }) => a.source),
      [join(dir, 'in', 'a.txt'), join(dir, 'in', 'more', 'b.txt')],
    );
  });

  test('a file named twice, by its folder and its path, or through a link, is one article, said in one line', async () => {
    const dir = folder({ 'in/a.txt': STORY_A, 'in/b.txt': STORY_B });
    symlinkSync(join(dir, 'in', 'a.txt'), join(dir, 'in', 'c-link.txt'));
    const a = join(dir, 'in', 'a.txt');
    const run = await cli(['analyze', join(dir, 'in'), a, '-f', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).articles.map((x: { source: string }) => x.source),
      [a, join(dir, 'in', 'b.txt')],
    );
    const said = run.stderr.split('\n').filter((l) => /read once/.test(l));
    assert.deepEqual(said, [
      `parallax: 2 paths name files read already, each read once (${join(dir, 'in', 'c-link.txt')} is ${a}, and 1 more)`,
    ]);
    // quiet: not said
    const quiet = await cli(['analyze', join(dir, 'in'), a, '-q', '-f', 'json']);
    assert.equal(quiet.stderr, '');
  });

  test('a folder with no articles is an error, not an empty report', async () => {
    const dir = folder({ 'notes.csv': 'a,b' });
    const run = await cli(['analyze', dir]);
    assert.equal(run.status, 2);
    // the files it holds of other types are named, not passed over in silence
    assert.equal(
      run.stderr,
      `parallax: no articles found in ${dir} (1 file of another type passed over: notes.csv; ` +
        'articles are .txt, .md, .html, .htm, .mhtml, .json or .jsonl)\n',
    );
    const many = folder({ 'a.pdf': 'x', 'b.docx': 'y', 'c.rtf': 'z', 'd.odt': 'w' });
    const ingest = await cli(['ingest', many, '--db', join(many, 'x.db')]);
    assert.match(ingest.stderr, /4 files of other types passed over: a\.pdf, b\.docx, c\.rtf, …;/);
    assert.equal(existsSync(join(many, 'x.db')), false, 'no store is made for nothing');
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

  test('"-" reads one article from standard input', async () => {
    const run = await cli(['analyze', '-', '-f', 'json'], STORY_B);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.articles[0].source, '-');
    assert.match(report.articles[0].text, /timber reading hall/);
    // one article is counted in the singular, in Markdown and HTML alike
    assert.match((await cli(['analyze', '-'], STORY_B)).stdout, /^1 article, 1 story\. /m);
    assert.match((await cli(['analyze', '-', '-f', 'html'], STORY_B)).stdout, /· 1 article, 1 story ·/);
    const empty = await cli(['analyze', '-'], ' \n');
    assert.equal(empty.status, 2);
    assert.equal(
      empty.stderr,
      'parallax: skipped standard input: it holds only white space\nparallax: no articles found in standard input\n',
    );
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
  assert.match(
    run.stderr,
    /s1: \d+ facts? \(other articles: \d+ ✓, \d+ ✗, \d+ ◷\); self-check \d+ of \d+ cited supporters/,
  );
  assert.match(run.stderr, /self-check, all stories: \d+ of \d+/);
  const report = JSON.parse(run.stdout);
  assert.equal(
    report.check.pairs,
    report.stories.reduce((n: number, s: { check: { pairs: number } }) => n + s.check.pairs, 0),
  );
});
