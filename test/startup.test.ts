import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { nodeVersionProblem } from '../bin/node-check.js';
import { cli, tempDir } from './cli-harness.ts';
import { NEEDS_OLD_NODE, OLD_NODE } from './old-node.ts';

const ROOT = join(import.meta.dirname, '..');

// Short invented articles about one event.
const ARTICLE = [
  'Tannery fire closes Vellmoor market square',
  '',
  'A fire at the old Vellmoor tannery closed the market square on Friday, the fire service said.',
  'Chief officer Marta Ilves said 40 firefighters worked through the night and that nobody was hurt.',
  '“The roof is gone, but the walls are sound,” Ilves said.',
].join('\n');
const ARTICLE2 = [
  'Vellmoor tannery blaze shuts the square',
  '',
  'Firefighters spent Friday night at the Vellmoor tannery, where a fire shut the market square.',
  'The fire service said no one was injured; chief officer Marta Ilves put the crew at 40.',
].join('\n');

// A scratch folder inside the repository (gitignored), where `import 'parallax-news'` resolves to
// this package by self-reference, as it does for a user's script in a fresh clone.
function scratch(): string {
  mkdirSync(join(ROOT, '.parallax-tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.parallax-tmp', 'test-'));
}

test('the README\'s "As a library" example runs as written, importing the package by name', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = readme.split('### As a library')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
  if (!example?.includes("from 'parallax-news'")) assert.fail('the README has the example');
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'example.mjs'), example);
    writeFileSync(join(dir, 'article.txt'), ARTICLE);
    const out = execFileSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.match(out, /^# /m, 'a Markdown report');
    assert.match(out, /Tannery fire closes Vellmoor market square/);
    assert.match(out, /Marta Ilves/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--version, --help and usage errors load neither the pipeline nor wink-nlp', () => {
  // Record every module the CLI loads, through a resolve hook registered before it starts.
  const probe = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
    const { runCli } = await import('./src/cli/index.ts');
    const io = { stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), progress: false };
    const statuses = [];
    for (const argv of [['--version'], ['--help'], ['analyze', '--help'], ['analyze', '-o', 'r.pdf', 'x']])
      statuses.push(await runCli(argv, io));
    console.log(JSON.stringify({ statuses, seen }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const { statuses, seen } = JSON.parse(out) as { statuses: number[]; seen: string[] };
  assert.deepEqual(statuses, [0, 0, 0, 2]);
  const heavy = seen.filter((url) => /\/pipeline\.ts$|\/stages\/(?!ingest\/)|wink|zod|linkedom/.test(url));
  assert.deepEqual(heavy, [], 'nothing heavy is loaded');
  assert.ok(
    seen.some((url) => url.endsWith('/src/cli/help.ts')),
    'the probe saw the CLI load',
  );
});

test('analyze of plain text loads zod only for a user file it validates, and neither linkedom nor the LLM rewriter', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'b.txt'), ARTICLE2);
  const terms = join(tempDir(), 'terms.csv');
  writeFileSync(terms, 'term,neutral,note\nblaze,fire,\n');
  // Every module one `analyze` loads, through a resolve hook registered before the CLI starts.
  const loaded = (argv: string[]) => {
    const probe = `
      import { registerHooks } from 'node:module';
      const seen = [];
      registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
      const { runCli } = await import('./src/cli/index.ts');
      const io = { stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), progress: false };
      const status = await runCli(${JSON.stringify(argv)}, io);
      console.log(JSON.stringify({ status, seen }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const { status, seen } = JSON.parse(out) as { status: number; seen: string[] };
    assert.equal(status, 0);
    return seen
      .filter((url) => /\/node_modules\/(zod|linkedom)\/|\/src\/llm\//.test(url))
      .map((url) => url.split('/node_modules/')[1] ?? url);
  };
  assert.deepEqual(loaded(['analyze', dir, '-q', '-f', 'json']), [], 'no zod, linkedom or src/llm');
  const withTerms = loaded(['analyze', dir, '-q', '-f', 'json', '--terms', terms]);
  assert.ok(
    withTerms.length > 0 && withTerms.every((url) => url.startsWith('zod/')),
    'zod for the terms file',
  );
});

test('analyze prints one final line on stderr when it is not a terminal, and none with -q', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'b.txt'), ARTICLE2);
  const toStdout = await cli(['analyze', dir]);
  assert.equal(toStdout.status, 0, toStdout.stderr);
  assert.equal(
    toStdout.stderr,
    'parallax: wrote the Markdown report to standard output: 1 story from 2 articles\n',
  );
  const out = join(tempDir(), 'report.json');
  const toFile = await cli(['analyze', dir, '-o', out]);
  assert.equal(toFile.stderr, `parallax: wrote ${out} (JSON): 1 story from 2 articles\n`);
  assert.ok(existsSync(out));
  const quiet = await cli(['analyze', dir, '-q', '-f', 'json']);
  assert.equal(quiet.stderr, '');
  assert.ok(quiet.stdout.startsWith('{'));
});

test('-o with an extension Parallax does not write is a usage error and writes nothing', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  const out = join(tempDir(), 'report.pdf');
  const run = await cli(['analyze', dir, '-o', out]);
  assert.equal(run.status, 2);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /cannot tell the report format from ".*report\.pdf"/);
  assert.equal(run.stdout, '');
  assert.equal(existsSync(out), false);
  const named = await cli(['analyze', dir, '-o', out, '--format', 'md', '-q']);
  assert.equal(named.status, 0);
  assert.match(readFileSync(out, 'utf8'), /^# /m);
});

test('bin: an old Node gets a message that fits how Parallax was started', () => {
  const cases: [string, boolean, boolean, RegExp | null][] = [
    ['v24.21.0', true, true, null],
    ['v22.18.0', false, false, null],
    ['v23.0.1', true, false, null],
    ['v22.17.1', false, false, /needs Node\.js 24 \(this is v22\.17\.1\): install a newer Node\.js/],
    ['v20.11.0', false, true, /npx -p node@24 -p parallax-news parallax/],
    ['v20.11.0', true, true, /dev dependency\) is not installed: run npm install$/],
    ['v18.19.0', true, false, /run it through npx or npm scripts/],
  ];
  for (const [version, checkout, viaNpm, expected] of cases) {
    const problem = nodeVersionProblem(version, { checkout, viaNpm });
    if (expected === null) assert.equal(problem, null, version);
    else assert.match(problem ?? '', expected, `${version} checkout=${checkout} viaNpm=${viaNpm}`);
  }
  // `npx --prefix CHECKOUT parallax` from another folder: the own Node is installed, just not on the
  // PATH; "not installed: run npm install" sent the user to install what was there
  const elsewhere = nodeVersionProblem('v20.20.2', { checkout: true, viaNpm: true, ownNode: true });
  assert.match(
    elsewhere ?? '',
    /is installed but not used from outside the checkout: run npx parallax … from inside it$/,
  );
  assert.doesNotMatch(elsewhere ?? '', /npm install/);
});

test('bin: a checkout started by an older Node from another folder runs with its own Node 24', {
  skip: NEEDS_OLD_NODE,
}, () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'fire.txt'), ARTICLE);
  const env = { ...process.env, npm_command: undefined, PARALLAX_OWN_NODE: undefined };
  const version = execFileSync(OLD_NODE as string, [join(ROOT, 'bin', 'parallax.js'), '--version'], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  assert.match(version, /^\d+\.\d+\.\d+/);
  const report = execFileSync(
    OLD_NODE as string,
    [join(ROOT, 'bin', 'parallax.js'), 'analyze', 'fire.txt', '-q'],
    {
      cwd: dir,
      env,
      encoding: 'utf8',
    },
  );
  assert.match(report, /^# Parallax report/);
  rmSync(dir, { recursive: true, force: true });
});
