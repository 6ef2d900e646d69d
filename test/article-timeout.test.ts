import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../src/cli/index.ts';
import { cli, tempDir } from './cli-harness.ts';
import { HOSTILE_CASES } from './hostile-cases.ts';

const GOOD =
  'Ferry to pause for engine work\n\nThe ferry between Almsby and Kettle Point will stop running for two weeks in April while its engines are replaced.\n\nThe operator said a replacement bus would leave the harbour every hour.\n';

test('--article-timeout takes a number of seconds above 0, on every command that reads articles', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  for (const command of [['analyze'], ['extract'], ['ingest', '--db', join(dir, 'news.db')]])
    for (const bad of ['0', '-1', 'soon', '', 'Infinity', '1e400']) {
      const run = await cli([...command, dir, `--article-timeout=${bad}`]);
      assert.equal(run.status, EXIT.usage, `${command[0]} ${bad}: ${run.stderr}`);
      assert.equal(
        run.stderr,
        `parallax: --article-timeout takes a number of seconds above 0, not "${bad}"\n`,
        command[0],
      );
    }
  const missing = await cli(['analyze', dir, '--article-timeout']);
  assert.equal(missing.status, EXIT.usage);
  assert.match(
    missing.stderr,
    /^parallax: --article-timeout needs a value \(see parallax analyze --help\)\n$/,
  );
  const help = await cli(['analyze', '--help']);
  assert.match(help.stdout, /--article-timeout <s> {5}time budget \(CPU seconds\) of each article/);
});

test('an article past --article-timeout is left out with the reason, and the run goes on (exit 3)', async () => {
  const dir = tempDir();
  // 240,000 characters of invented prose in many paragraphs: about 0.3 s of CPU to clean and segment
  // once warm, well past the 0.1 s budget (120,000 took 0.13 s: too close)
  const prose = HOSTILE_CASES.find((c) => c.name === 'unique prose')?.make(240_000) ?? '';
  writeFileSync(join(dir, 'a-long.txt'), prose);
  writeFileSync(join(dir, 'b-good.txt'), GOOD);
  const run = await cli(['analyze', dir, '--format', 'json', '--article-timeout', '0.1']);
  assert.equal(run.status, EXIT.partial, run.stderr);
  assert.match(
    run.stderr,
    /parallax: skipped .*a-long\.txt: over the 0\.1 s time budget of one article in (clean|segment) \(--article-timeout, CPU time\); left out of the run\n/,
  );
  const report = JSON.parse(run.stdout);
  assert.deepEqual(
    report.articles.map((a: { source: string }) => a.source.split('/').pop()),
    ['b-good.txt'],
  );
  assert.ok(report.issues.some((i: { code: string }) => i.code === 'pipeline/article-timeout'));
  // with the default budget the same folder is read whole
  const whole = await cli(['analyze', dir, '--format', 'json']);
  assert.equal(JSON.parse(whole.stdout).articles.length, 2, whole.stderr);
});
