import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const HARNESS = new URL('./cli-harness.ts', import.meta.url).href;

// A process that makes two folders with tempDir, writes in them, prints their paths and then ends as
// `end` says; its temporary folder is one of this test's own, so what it leaves can be listed.
function leftBy(end: string, t: { after: (fn: () => void) => void }) {
  const parent = mkdtempSync(join(tmpdir(), 'parallax-harness-'));
  t.after(() => rmSync(parent, { recursive: true, force: true }));
  const script = `import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
const { tempDir } = await import(${JSON.stringify(HARNESS)});
const dirs = [tempDir(), tempDir()];
for (const dir of dirs) writeFileSync(join(dir, 'report.md'), '# a report');
console.log(JSON.stringify(dirs));
${end}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, TMPDIR: parent },
    encoding: 'utf8',
  });
  const dirs = JSON.parse(run.stdout.trim().split('\n')[0] ?? '[]') as string[];
  return { status: run.status, dirs, left: readdirSync(parent) };
}

test('tempDir: its folders are removed when the process ends, with what was written in them', (t) => {
  const { status, dirs, left } = leftBy('', t);
  assert.equal(status, 0);
  assert.equal(dirs.length, 2);
  assert.ok(dirs.every((dir) => !existsSync(dir)));
  assert.deepEqual(left, []);
});

test('tempDir: a test process that fails (a thrown error, a set exit code) leaves none either', (t) => {
  for (const end of ["throw new Error('a failing test')", 'process.exitCode = 1']) {
    const { status, dirs, left } = leftBy(end, t);
    assert.equal(status, 1, end);
    assert.equal(dirs.length, 2, end);
    assert.deepEqual(left, [], end);
  }
});
