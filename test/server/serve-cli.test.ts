import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runServe } from '../../src/cli/serve-command.ts';
import { fixtureStore } from '../../src/server/fixtures/store.ts';
import { cli, tempDir } from '../cli-harness.ts';

describe('parallax serve (CLI)', () => {
  test('--help says how; bad usage is one line and exit 2', async () => {
    const help = await cli(['serve', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: parallax serve/);
    assert.match(help.stdout, /127\.0\.0\.1/);
    assert.match((await cli(['--help'])).stdout, /parallax serve/);
    const file = join(tempDir(), 'none.db');
    for (const [args, message] of [
      [['serve', '--port', 'x'], /--port takes a port number/],
      [['serve', '--port', '70000'], /--port takes a port number/],
      [['serve', '--host', 'a b'], /--host takes an address/],
      [['serve', 'extra'], /takes no arguments/],
      [['serve', '--db', file], /no store at/],
      [['serve', '--outlets', join(tempDir(), 'missing.csv'), '--db', file], /cannot read .*no such file/],
    ] as const) {
      const run = await cli([...args]);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    }
  });

  test('serves the store on 127.0.0.1 until stopped, then closes it', async () => {
    const file = join(tempDir(), 'served.db');
    await (await fixtureStore(file)).close();
    let stderr = '';
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const running = runServe(['--db', file, '--port', '0'], {
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
      stopped,
    });
    for (let i = 0; i < 100 && !/serving/.test(stderr); i++) await new Promise((r) => setTimeout(r, 50));
    const url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
    assert.ok(url, stderr);
    const res = await fetch(`${url}/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Glenmoor dam spillway/);
    stop();
    assert.equal(await running, 0);
    await assert.rejects(fetch(`${url}/`), 'the port is closed');
  });
});
