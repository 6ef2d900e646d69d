import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { UsageError, writeFileAtomicFrom } from './files.ts';

test('writeFileAtomicFrom writes the pieces in order, each at once, and leaves no half-file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-files-'));
  try {
    const path = join(dir, 'report.json');
    // one buffer reused for every piece, as writeJson does
    const buffer = new Uint8Array(3);
    await writeFileAtomicFrom(path, (write) => {
      for (const piece of ['{"a', '":1', '}\n']) {
        const size = new TextEncoder().encodeInto(piece, buffer).written;
        write(buffer.subarray(0, size));
      }
    });
    assert.equal(readFileSync(path, 'utf8'), '{"a":1}\n');
    // a writer that fails halfway: its error, the old file kept, no temporary file left
    await assert.rejects(
      writeFileAtomicFrom(path, (write) => {
        write(new TextEncoder().encode('{"b"'));
        throw new Error('the renderer failed');
      }),
      /the renderer failed/,
    );
    assert.equal(readFileSync(path, 'utf8'), '{"a":1}\n');
    assert.deepEqual(readdirSync(dir), ['report.json']);
    // a folder that is not there: the system's refusal, as a usage error naming the path
    const missing = join(dir, 'no-such-folder', 'report.json');
    await assert.rejects(
      writeFileAtomicFrom(missing, () => {}),
      (error: Error) => {
        assert.ok(error instanceof UsageError);
        assert.match(error.message, /cannot write .*report\.json: no such folder/);
        return true;
      },
    );
    assert.equal(existsSync(missing), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
