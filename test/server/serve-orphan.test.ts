import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixtureStore } from '../../src/server/fixtures/store.ts';
import { tempDir } from '../cli-harness.ts';
import { alive } from '../processes.ts';

const BIN = fileURLToPath(new URL('../../bin/parallax.js', import.meta.url));

// `serve` in the background of a shell, as npx starts it (sh -c), the server's pid printed; `npm`:
// whether npm's variables are set as npx sets them.
async function serveUnderShell(
  db: string,
  npm: boolean,
): Promise<{ shell: number; server: number; log: string }> {
  const log = join(tempDir(), 'serve.log');
  const env = { ...process.env };
  delete env.npm_command;
  if (npm) env.npm_command = 'exec';
  const shell = spawn(
    'sh',
    ['-c', `"${process.execPath}" "${BIN}" serve --db "${db}" --port 0 2>"${log}" & echo $!; wait`],
    { env, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const [line] = (await once(shell.stdout, 'data')) as [Buffer];
  shell.stdout.destroy();
  return { shell: shell.pid as number, server: Number(line.toString().trim()), log };
}

// Wait until `done` holds, polling, for at most 20 s (a loaded machine starts a server slowly).
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

// newuser18 #13: killing npx ended its shell, not the server, which ran on orphaned
test('serve started by npm stops when the process that started it ends; started otherwise, it runs on (nohup)', async () => {
  const db = join(tempDir(), 'served.db');
  await (await fixtureStore(db)).close();
  const underNpm = await serveUnderShell(db, true);
  const plain = await serveUnderShell(db, false);
  const said = (run: { log: string }) => (existsSync(run.log) ? readFileSync(run.log, 'utf8') : '');
  const serving = (run: { log: string }) => said(run).includes('parallax: serving');
  try {
    // both up (serving: the store opened), then their shells killed as npx's kill ends its shell; a slow
    // start is waited for, not a fixed time
    await until(
      () => (serving(underNpm) && serving(plain)) || !alive(underNpm.server) || !alive(plain.server),
    );
    assert.ok(
      serving(underNpm) && serving(plain) && alive(underNpm.server) && alive(plain.server),
      `both servers started: ${said(underNpm)} | ${said(plain)}`,
    );
    process.kill(underNpm.shell, 'SIGKILL');
    process.kill(plain.shell, 'SIGKILL');
    await until(() => !alive(underNpm.server));
    assert.equal(
      alive(underNpm.server),
      false,
      `the server started by npm stopped with it: ${said(underNpm)}`,
    );
    assert.match(said(underNpm), /the npm \(npx\) process that started serve ended: stopping/);
    assert.equal(alive(plain.server), true, `a server started by a shell outlives it: ${said(plain)}`);
  } finally {
    for (const pid of [underNpm.server, plain.server]) if (alive(pid)) process.kill(pid, 'SIGTERM');
  }
});
