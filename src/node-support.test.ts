import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import test from 'node:test';
import { nodeVersionProblem, olderThanMin } from '../bin/node-check.js';
import { nodeSupportProblem } from './node-support.ts';

test('a Node older than the package states is told in one line which Node the library needs (newuser11 finding 9)', () => {
  const told = (v: string) => `parallax-news needs Node.js 22.18 or later, 24 recommended (this is ${v})`;
  const cases: [string, string | null][] = [
    ['v20.11.0', told('v20.11.0')],
    // Node 21 and 22.0–22.17 have Map.groupBy, yet are older than the package's engines (>=22.18)
    ['v21.7.3', told('v21.7.3')],
    ['v22.17.1', told('v22.17.1')],
    ['v22.18.0', null],
    ['v23.0.0', null],
    ['v24.1.0', null],
  ];
  for (const [version, expected] of cases) assert.equal(nodeSupportProblem(version), expected, version);
});

test('the CLI and the library tell the same versions too old: one comparison (olderThanMin)', () => {
  const how = { checkout: false, viaNpm: true };
  for (const version of [
    'v20.11.0',
    'v21.7.3',
    'v22.0.0',
    'v22.17.1',
    'v22.18.0',
    'v22.19.2',
    'v23.0.0',
    'v24.1.0',
  ]) {
    const old = olderThanMin(version);
    assert.equal(old, ['v20.11.0', 'v21.7.3', 'v22.0.0', 'v22.17.1'].includes(version), version);
    assert.equal(nodeSupportProblem(version) !== null, old, `library: ${version}`);
    assert.equal(nodeVersionProblem(version, how) !== null, old, `CLI: ${version}`);
  }
});

// The library imported under another `process.version` than the Node that runs it.
function importAs(version: string): string {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,Object.defineProperty(process, "version", { value: ${JSON.stringify(version)} })`,
      '--input-type=module',
      '-e',
      `import(${JSON.stringify(new URL('./index.ts', import.meta.url).href)}).then(() => console.log('loaded'), (e) => console.log(e.message))`,
    ],
    { encoding: 'utf8' },
  );
  return run.stdout;
}

test('the library, imported on a Node older than 22.18, says which Node it needs before any module fails', () => {
  assert.match(
    importAs('v22.6.0'),
    /^parallax-news needs Node\.js 22\.18 or later, 24 recommended \(this is v22\.6\.0\)/,
  );
  assert.equal(importAs('v22.18.0').trim(), 'loaded');
});
