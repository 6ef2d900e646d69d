import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import test from 'node:test';
import { nodeSupportProblem } from './node-support.ts';

test('an old Node is told in one line which Node the library needs (newuser11 finding 9)', () => {
  assert.equal(
    nodeSupportProblem({ version: 'v20.11.0', hasGroupBy: false }),
    'parallax-news needs Node.js 22.18 or later, 24 recommended (this is v20.11.0)',
  );
  assert.equal(nodeSupportProblem({ version: 'v24.1.0', hasGroupBy: true }), null);
});

test('the library, imported where Map.groupBy is missing (as on Node 20), says which Node it needs before any module fails', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'data:text/javascript,delete Map.groupBy',
      '--input-type=module',
      '-e',
      `import(${JSON.stringify(new URL('./index.ts', import.meta.url).href)}).then(() => console.log('loaded'), (e) => console.log(e.message))`,
    ],
    { encoding: 'utf8' },
  );
  assert.match(run.stdout, /^parallax-news needs Node\.js 22\.18 or later, 24 recommended \(this is v\d+/);
});
