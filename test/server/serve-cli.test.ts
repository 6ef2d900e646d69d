import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, test } from 'node:test';
import { runServe } from '../../src/cli/serve-command.ts';
import { fixtureStore } from '../../src/server/fixtures/store.ts';
import { openStore } from '../../src/store/index.ts';
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

  test('a path that is no store: one line naming it, exit 2, the file left as it was (serve as the read commands)', async () => {
    const dir = tempDir();
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const text = join(dir, 'notes.txt');
    writeFileSync(
      text,
      'a shopping list, long enough to fill the first page of a database header: eggs, flour',
    );
    const other = join(dir, 'other.db');
    const raw = new DatabaseSync(other);
    raw.exec('CREATE TABLE notes (body TEXT)');
    raw.close();
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const cases = [
      [
        join(dir, 'missing', 'x.db'),
        /^parallax: no store at .*x\.db \(create one with parallax ingest <paths> --db /,
      ],
      [folder, /^parallax: cannot open the store .*folder: it is a folder$/],
      [
        text,
        /^parallax: cannot open the store .*notes\.txt: it is not a Parallax store \(file is not a database\)$/,
      ],
      [other, /^parallax: .*other\.db is a SQLite database but not a Parallax store$/],
      [empty, /^parallax: .*empty\.db is an empty file, not a store \(create one with parallax ingest /],
    ] as const;
    for (const [path, message] of cases) {
      const before = readFileSync(other);
      for (const command of [['serve', '--port', '0'], ['stories'], ['search', 'eggs']]) {
        const run = await cli([...command, '--db', path]);
        assert.equal(run.status, 2, `${command[0]} ${path}: ${run.stderr}`);
        assert.match(run.stderr.trim(), message);
        assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
      }
      assert.ok(readFileSync(other).equals(before), "the other application's file is unchanged");
    }
    assert.equal(readFileSync(empty).length, 0, 'serve made no store of the empty file');
  });

  test('serves the store on 127.0.0.1 until stopped, computing its stale reports ahead, then closes it', async () => {
    const file = join(tempDir(), 'served.db');
    // as parallax ingest leaves a store: no report computed
    await (await fixtureStore(file, { computed: false })).close();
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
    // the stories' reports are computed and stored before anyone opens them
    const reader = await openStore(file, { readOnly: true });
    try {
      let stale = (await reader.stories()).filter((s) => s.reportStale).length;
      for (let i = 0; i < 600 && stale > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        stale = (await reader.stories()).filter((s) => s.reportStale).length;
      }
      assert.equal(stale, 0, 'every report computed ahead');
    } finally {
      await reader.close();
    }
    stop();
    assert.equal(await running, 0);
    await assert.rejects(fetch(`${url}/`), 'the port is closed');
  });
  test('a busy port is one line, exit 2, and nothing after it: the reports computed ahead stop before the store closes', async () => {
    const file = join(tempDir(), 'busy.db');
    // stale reports, as ingest leaves them: serve starts computing them ahead as it starts
    await (await fixtureStore(file, { computed: false })).close();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    let stderr = '';
    try {
      await assert.rejects(
        runServe(['--db', file, '--port', String(port)], {
          stdout: () => {},
          stderr: (text) => {
            stderr += text;
          },
        }),
        new RegExp(`port ${port} is in use on 127\\.0\\.0\\.1 \\(try --port\\)`),
      );
      // what the warmer would have said of the closed store comes within a moment, if at all
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(stderr, '', 'no line about reports not computed ahead (the store was closed)');
    } finally {
      taken.close();
    }
  });
});
