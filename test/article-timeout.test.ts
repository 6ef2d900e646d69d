import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../src/cli/index.ts';
import { cli, tempDir } from './cli-harness.ts';

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
  assert.match(missing.stderr, /^parallax: .*article-timeout.* \(see --help\)\n$/);
  const help = await cli(['analyze', '--help']);
  assert.match(help.stdout, /--article-timeout <s> {5}time budget of each article/);
});
