import assert from 'node:assert/strict';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { EXIT } from '../src/cli/index.ts';
import { collectInputs, readCapped } from '../src/io/files.ts';
import { createContext } from '../src/model/index.ts';
import { ingest } from '../src/stages/ingest/index.ts';
import { cli, tempDir } from './cli-harness.ts';

const GOOD =
  'Ferry to pause for engine work\n\nThe ferry between Almsby and Kettle Point will stop running for two weeks in April while its engines are replaced.\n\nThe operator said a replacement bus would leave the harbour every hour.\n';
const noStdin = async () => new Uint8Array();

test('sparse files over the limit (one over 2 GiB) are skipped unread, with a reason, and the run goes on (exit 3)', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  for (const [name, size] of [
    ['sparse-1.txt', 2 ** 30],
    ['sparse-2.html', 2 ** 30],
    ['sparse-3.txt', 2 ** 31 + 10],
  ] as const) {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), size);
  }
  const before = process.memoryUsage().rss;
  const run = await cli(['analyze', dir, '--format', 'json']);
  assert.equal(run.status, EXIT.partial, run.stderr);
  assert.ok(process.memoryUsage().rss - before < 500 * 2 ** 20, 'the sparse files were read');
  for (const name of ['sparse-1.txt', 'sparse-2.html', 'sparse-3.txt'])
    assert.match(run.stderr, new RegExp(`skipped .*${name}: \\d+ bytes is over the \\d+-byte limit`));
  assert.equal(JSON.parse(run.stdout).articles.length, 1);
});

test('a file named on the command line over the limit is skipped with a reason, not a failure', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 2 ** 31 + 1);
  const run = await cli(['analyze', join(dir, 'good.txt'), join(dir, 'huge.txt'), '--format', 'json']);
  assert.equal(run.status, EXIT.partial, run.stderr);
  assert.match(run.stderr, /huge\.txt: 2147483649 bytes is over/);
});

test('a 12 MB JSONL export of 50,000 short articles is read whole, though one article may hold only 10 MB', async () => {
  const dir = tempDir();
  const line = (i: number) =>
    JSON.stringify({
      title: `Almsby ferry note ${i}`,
      text: `The Almsby ferry carried ${i} passengers on its morning run, the harbour office said in its weekly notice to residents of the island and visitors.`,
      outlet: `Harbour Post ${i % 9}`,
    });
  writeFileSync(join(dir, 'export.jsonl'), Array.from({ length: 50_000 }, (_, i) => line(i)).join('\n'));
  const { files, issues } = await collectInputs([dir], noStdin);
  assert.deepEqual(issues, []);
  assert.ok((files[0]?.bytes.length ?? 0) > 10_000_000);
  const ctx = createContext();
  const raws = ingest()(files, ctx);
  assert.equal(raws.length, 50_000);
  assert.deepEqual(ctx.issues, []);
});

test('standard input is read only up to just past the limit, then skipped with a reason', async () => {
  let pulled = 0;
  async function* endless() {
    for (;;) {
      pulled++;
      yield new Uint8Array(1000).fill(97);
    }
  }
  const bytes = await readCapped(endless(), 2500);
  assert.equal(bytes.length, 2501);
  assert.equal(pulled, 3);
  const ctx = createContext();
  assert.deepEqual(ingest({ maxBytes: 2500 })([{ path: '-', bytes }], ctx), []);
  assert.match(
    ctx.issues[0]?.message ?? '',
    /^standard input: more than 2500 bytes is over the 2500-byte limit/,
  );
  async function* short() {
    yield 'short ';
    yield 'text';
  }
  assert.equal((await readCapped(short(), 2500)).length, 10);
});
