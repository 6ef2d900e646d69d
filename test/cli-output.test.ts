import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from '../src/cli/index.ts';
import { cli, tempDir } from './cli-harness.ts';
import { folder, STORY_A, STORY_B } from './cli-stories.ts';

// The CLI's output: formats from the extension, whole-or-nothing writes, escaping, extract's JSON lines.
describe('parallax CLI', () => {
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
    // `-o -` is standard output, not a file named "-"
    const stdout = await cli(['analyze', dir, '-o', '-', '-f', 'json']);
    assert.equal(stdout.status, 0, stdout.stderr);
    assert.equal(JSON.parse(stdout.stdout).articles.length, 2);
    assert.match(stdout.stderr, /wrote the JSON report to standard output/);
  });

  test('an output that cannot be written is told in words before the analysis, and nothing is left', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'notes.csv': 'a,b' });
    const out = join(tempDir(), 'missing-folder', 'report.md');
    const run = await cli(['analyze', dir, '-o', out]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^parallax: cannot write .*report\.md: no such folder\n$/);
    assert.equal(existsSync(out), false);
    // told before the inputs are read: a folder with no articles would fail only after them
    const empty = await cli(['analyze', folder({ 'notes.csv': 'a,b' }), '-o', out]);
    assert.match(empty.stderr, /^parallax: cannot write .*report\.md: no such folder\n$/);
    const inFolder = await cli(['analyze', dir, '-o', dir]);
    assert.equal(inFolder.status, 2);
    assert.match(inFolder.stderr, /cannot write .*: it is a folder/);
    const underFile = await cli(['analyze', dir, '-o', join(dir, 'a.txt', 'report.md')]);
    assert.match(underFile.stderr, /cannot write .*report\.md: a part of its path is not a folder/);
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

  test('the progress lines count one file in the singular', async () => {
    const dir = folder({ 'a.txt': STORY_A });
    let stderr = '';
    const io = {
      stdout() {},
      stderr: (text: string) => {
        stderr += text;
      },
      readStdin: async () => new Uint8Array(),
      progress: true,
    };
    assert.equal(await runCli(['analyze', dir, '-o', join(tempDir(), 'r.md')], io), 0, stderr);
    assert.match(stderr, /^parallax: read 1 file$/m);
  });

  test('extract prints one JSON object per input per line, with its source', async () => {
    const dir = folder({
      'a.txt': STORY_A,
      'b.jsonl': `${JSON.stringify({ text: STORY_B, outlet: 'Millbrook Post' })}\n`,
    });
    const run = await cli(['extract', dir, '--format', 'JSON']);
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
});
