import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { bigStoryRecords } from '../../test/big-story.ts';
import { runCli } from './index.ts';
import { interruptedLine } from './interrupted.ts';

const CLI = new URL('../../bin/parallax.js', import.meta.url).pathname;

test('an analyze stopped before its write says what became of the report, not why it stopped', () => {
  assert.equal(
    interruptedLine('out/report.html', true),
    'stopped before the write: nothing written; out/report.html left as it was',
  );
  assert.equal(interruptedLine('report.md', false), 'stopped before the write: report.md not written');
  assert.equal(interruptedLine(undefined, false), 'stopped before the write: no report written');
});

test('a run that crashes (a heap limit) is not told as interrupted', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'articles.json');
  const output = join(dir, 'report.html');
  writeFileSync(input, JSON.stringify(bigStoryRecords(400)));
  const run = spawnSync(process.execPath, ['--max-old-space-size=40', CLI, 'analyze', input, '-o', output], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.notEqual(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /interrupted/);
  assert.match(
    run.stderr,
    new RegExp(`parallax: stopped before the write: ${output.replace(/[.\\/]/g, '\\$&')} not written\\n$`),
  );
});

test('analyze ends its Ctrl-C line once the report is rendered, before a byte is written, and on an error', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-interrupt-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'articles.json');
  writeFileSync(input, JSON.stringify(bigStoryRecords(3)));
  const told: string[] = [];
  const io = {
    stdout: () => told.push('output'),
    stderr: () => {},
    readStdin: async () => new Uint8Array(),
    progress: false,
    sayIfInterrupted: (line: string) => {
      told.push(line);
      return { say: () => {}, done: () => told.push('done') };
    },
  };
  assert.equal(await runCli(['analyze', input, '--format', 'md'], io), 0);
  assert.deepEqual(told, ['parallax: stopped before the write: no report written', 'done', 'output']);
  // a manifest that is not there: its own error, the line ended, so no stray one is said after it
  told.length = 0;
  assert.equal(await runCli(['analyze', dir, '--format', 'md', '--manifest', join(dir, 'no.csv')], io), 2);
  assert.deepEqual(told.slice(-1), ['done']);
});

// Whether a child process of `pid` ignores SIGINT (Linux: the kernel lists both): the shell that
// says the line runs and has set its trap.
function childIgnoresInterrupt(pid: number): boolean {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  const children = read(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean);
  return children.some((child) => {
    const caught = /^SigIgn:\s*([0-9a-f]+)/m.exec(read(`/proc/${child}/status`))?.[1];
    return caught !== undefined && (BigInt(`0x${caught}`) & 2n) !== 0n; // bit 1: SIGINT (2)
  });
}

test('Ctrl-C during analyze ends the run at once, says nothing was written, and leaves the old report', {
  skip: process.platform === 'linux' ? false : 'reads /proc to know the run is analysing',
}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-interrupt-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'articles.json');
  const output = join(dir, 'report.md');
  writeFileSync(input, JSON.stringify(bigStoryRecords(400)));
  writeFileSync(output, 'the old report\n');
  // its own process group, which the signal is sent to, as a terminal's Ctrl-C is
  const child = spawn(process.execPath, [CLI, 'analyze', input, '-o', output], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>(
    (resolve) => {
      let exitAt = 0;
      child.on('exit', () => {
        exitAt = performance.now();
      });
      child.on('close', (code, signal) => resolve({ code, signal, ms: exitAt - sentAt }));
    },
  );
  let sentAt = 0;
  // once the analysis runs (its shell is there, its trap set), Ctrl-C
  const until = Date.now() + 60_000;
  while (!childIgnoresInterrupt(child.pid as number) && child.exitCode === null && Date.now() < until)
    await sleep(20);
  sentAt = performance.now();
  process.kill(-(child.pid as number), 'SIGINT');
  const end = await closed;
  assert.equal(end.signal, 'SIGINT', stderr);
  assert.equal(stderr, `parallax: stopped before the write: nothing written; ${output} left as it was\n`);
  assert.equal(readFileSync(output, 'utf8'), 'the old report\n');
  assert.ok(end.ms < 5_000, `ended ${end.ms.toFixed(0)} ms after Ctrl-C`);
});
