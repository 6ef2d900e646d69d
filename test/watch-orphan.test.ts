import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { alive } from './processes.ts';
import { WATCH_ARGS, watchFolder } from './watch-folder.ts';

const BIN = fileURLToPath(new URL('../bin/parallax.js', import.meta.url));

// tidy42: `npx parallax watch`, npx killed: npx ends the shell it ran watch in without passing the
// signal on, and watch polled on with no parent (as serve did, newuser18 #13)
test('watch started by npm stops when the process that started it ends', async () => {
  const dir = await watchFolder();
  const log = join(dir, 'watch.log');
  const env = { ...process.env, npm_command: 'exec', PARALLAX_OWN_NODE: undefined };
  const watch = `"${process.execPath}" "${BIN}" ${WATCH_ARGS.join(' ')}`;
  const shell = spawn('sh', ['-c', `${watch} 2>"${log}" & echo $!; wait`], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [line] = (await once(shell.stdout, 'data')) as [Buffer];
  shell.stdout.destroy();
  const pid = Number(line.toString().trim());
  const said = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
  const until = async (done: () => boolean) => {
    const deadline = Date.now() + 30_000;
    while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  try {
    await until(() => /polled Quay Radio/.test(said()) || !alive(pid));
    assert.match(said(), /polled Quay Radio/);
    process.kill(shell.pid as number, 'SIGKILL');
    await until(() => !alive(pid));
    assert.equal(alive(pid), false, said());
    assert.match(said(), /the npm \(npx\) process that started watch ended: stopping/);
  } finally {
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
});
