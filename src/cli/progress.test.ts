import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import test from 'node:test';
import { startProgress } from './progress.ts';

const PROGRESS = new URL('./progress.ts', import.meta.url).href;

// Whether `output` leaves a terminal setting it changed (cursor hidden, lines unwrapped) changed.
function leftChanged(output: string, off: string, on: string): boolean {
  return output.lastIndexOf(off) > output.lastIndexOf(on);
}

test('Ctrl-C during a progress bar ends a busy run at once and leaves the terminal as it was', () => {
  // a process drawing a bar on a stand-in terminal (its standard output), busy in one synchronous
  // step (as an ingest is) when Ctrl-C comes
  const script = `
    import { writeSync } from 'node:fs';
    import { Writable } from 'node:stream';
    import { startProgress } from ${JSON.stringify(PROGRESS)};
    const terminal = new Writable({ write(chunk, _encoding, done) { writeSync(1, chunk); done(); } });
    terminal.isTTY = true;
    terminal.columns = 80;
    const bar = startProgress({ progress: true, progressStream: terminal }, 10, 'files');
    bar.update(3, 'working');
    process.kill(process.pid, 'SIGINT');
    const until = Date.now() + 5000;
    while (Date.now() < until);
    process.stdout.write('\\nnever interrupted\\n');
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 15000,
  });
  assert.equal(run.signal, 'SIGINT', run.stderr);
  assert.ok(!run.stdout.includes('never interrupted'));
  assert.ok(run.stdout.includes('/10 files'), 'the bar was drawn');
  assert.ok(!leftChanged(run.stdout, '\x1b[?25l', '\x1b[?25h'), 'the cursor is not left hidden');
  assert.ok(!leftChanged(run.stdout, '\x1b[?7l', '\x1b[?7h'), 'lines are not left unwrapped');
});

// A terminal that keeps what is drawn on it (`drawn()`).
function standInTerminal(): { terminal: Writable; drawn: () => string } {
  let drawn = '';
  const terminal = new Writable({
    write(chunk, _encoding, done) {
      drawn += String(chunk);
      done();
    },
  });
  Object.assign(terminal, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true });
  return { terminal, drawn: () => drawn };
}

test('the bar says what it does before the first step, and tells the time left only from then on', () => {
  const { terminal, drawn } = standInTerminal();
  const bar = startProgress(
    { progress: true, progressStream: terminal },
    10,
    'files',
    'reading the first files',
  );
  assert.ok(bar, 'a bar on a terminal');
  const first = drawn();
  bar.update(4, 'working');
  bar.stop(); // draws the last state
  assert.match(drawn(), /4\/10 files \| working \| ETA/);
  assert.match(first, /0\/10 files \| reading the first files/);
  assert.doesNotMatch(first, /ETA/);
});

test('a new total is drawn at once, not at the next redraw', () => {
  const { terminal, drawn } = standInTerminal();
  const bar = startProgress({ progress: true, progressStream: terminal }, 1, 'articles', 'reading');
  assert.ok(bar, 'a bar on a terminal');
  bar.update(0, 'reading', 5000);
  const seen = drawn();
  bar.stop();
  assert.match(seen, /0\/5000 articles \| reading/);
});
