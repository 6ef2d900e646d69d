import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { test } from 'node:test';
import { NEEDS_OLD_NODE, OLD_NODE } from './old-node.ts';
import { alive } from './processes.ts';
import { WATCH_ARGS, watchFolder } from './watch-folder.ts';

// bin/parallax.js started by an older Node runs the command again with the checkout's own Node 24 and
// waits for it: every signal reaches that command once, through the older Node, which then ends as
// the command ended. Each test runs `watch` against a source at a local port nothing listens on: it
// polls it, fails, and waits for the next poll.

const ROOT = join(import.meta.dirname, '..');
// watch's last line when a signal stops it
const STOPPED = /stopping after the pages in hand are stored\n$/;

interface Started {
  readonly run: ChildProcess;
  /** The command's process (the older Node's child), once it has polled. */
  readonly command: number;
  readonly stderr: () => string;
  /** The older Node's exit: its code and signal. */
  readonly ended: Promise<unknown[]>;
  /** Its standard error closed: every process that wrote to it ended. */
  readonly closed: Promise<unknown[]>;
}

const childOf = (pid: number): number => {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return Number(out.trim().split('\n')[0]);
};

// `start` runs the older Node (argv: what it is given), with `env` added; resolves once watch has polled.
async function startWatch(
  start: (argv: string[], env: NodeJS.ProcessEnv, cwd: string) => ChildProcess,
  env: NodeJS.ProcessEnv = {},
): Promise<Started> {
  const dir = await watchFolder();
  const run = start(
    [join(ROOT, 'bin', 'parallax.js'), ...WATCH_ARGS],
    {
      ...process.env,
      npm_command: undefined,
      PARALLAX_OWN_NODE: undefined,
      ...env,
    },
    dir,
  );
  let stderr = '';
  run.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const ended = once(run, 'exit');
  const closed = once(run, 'close');
  const deadline = Date.now() + 60_000;
  while (!/polled Quay Radio/.test(stderr) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  assert.match(stderr, /polled Quay Radio/);
  return { run, command: childOf(run.pid as number), stderr: () => stderr, ended, closed };
}

// The command gone within a few seconds of the older Node (it is in a session of its own: a test
// that fails must not leave it polling).
async function assertGone(pids: readonly number[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const left = pids.filter(alive);
  for (const pid of left) process.kill(pid, 'SIGKILL');
  assert.deepEqual(left, [], 'processes left running');
}

// After `signal`, the older Node ends as watch does on a signal (status 0, its last line written)
// and the command with it.
async function stopsAsWatchDoes(started: Started, signal: () => void): Promise<void> {
  try {
    signal();
    const [code, ended] = await started.ended;
    assert.deepEqual([code, ended], [0, null], started.stderr());
  } finally {
    await assertGone([started.run.pid as number, started.command]);
  }
  await started.closed;
  assert.match(started.stderr(), STOPPED);
}

// review41-B: Ctrl-C (the terminal signals the whole process group) ended the old Node at once, before
// the command it started had stopped: the shell got 130 and its prompt back while the command still
// wrote. Now the old Node waits and passes on the command's own status; and the command, in a session
// of its own, has the Ctrl-C once (a second one would end a fetch at once, before its pages are stored).
test('bin: on Ctrl-C an older Node waits for the command it started to stop, and exits with its status', {
  skip: NEEDS_OLD_NODE,
}, async () => {
  // its own process group, as a terminal's foreground job is
  const started = await startWatch((argv, env, cwd) =>
    spawn(OLD_NODE as string, argv, { cwd, env, detached: true }),
  );
  await stopsAsWatchDoes(started, () => process.kill(-(started.run.pid as number), 'SIGINT'));
});

// review41 F1: a SIGTERM to the older Node alone (a service manager's, `kill PID`) ended it and left
// the command it started running, with no parent.
test('bin: a SIGTERM to an older Node stops the command it started, and it exits with its status', {
  skip: NEEDS_OLD_NODE,
}, async () => {
  const started = await startWatch((argv, env, cwd) => spawn(OLD_NODE as string, argv, { cwd, env }));
  await stopsAsWatchDoes(started, () => started.run.kill('SIGTERM'));
});

// Under npx, killing npx ends the shell it ran the older Node in without passing the signal on: the
// older Node, left with no parent, stops the command as a SIGTERM would.
test('bin: started by npm, an older Node whose parent is killed stops the command it started', {
  skip: NEEDS_OLD_NODE,
}, async () => {
  // a shell stands for npm's: it starts the older Node and is killed
  const started = await startWatch(
    (argv, env, cwd) =>
      spawn('sh', ['-c', '"$0" "$@" & wait', OLD_NODE as string, ...argv], {
        cwd,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    { npm_command: 'exec' },
  );
  const older = started.command;
  const command = childOf(older);
  started.run.kill('SIGKILL');
  await assertGone([older, command]);
  await started.closed;
  assert.match(started.stderr(), STOPPED);
});
