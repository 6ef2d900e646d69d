import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFileAtomicFrom } from './write-file.ts';

// A file filled over time (an export writes a story's rows as it reads each report): the file there
// before stays whole until the last piece is written, and a fill that fails leaves it so.
test('writeFileAtomicFrom: a fill that takes its time replaces the file only once it is done', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'quotes.csv');
  writeFileSync(out, 'OLD TABLE');
  const bytes = (text: string) => new TextEncoder().encode(text);
  await writeFileAtomicFrom(out, async (write) => {
    for (const part of ['story,quote\r\n', 's1,Rebuild\r\n', 's2,Wait\r\n']) {
      write(bytes(part));
      await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(readFileSync(out, 'utf8'), 'OLD TABLE');
    }
  });
  assert.equal(readFileSync(out, 'utf8'), 'story,quote\r\ns1,Rebuild\r\ns2,Wait\r\n');
  await assert.rejects(
    writeFileAtomicFrom(out, async (write) => {
      write(bytes('story,quote\r\n'));
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('the store went away');
    }),
    /the store went away/,
  );
  assert.equal(readFileSync(out, 'utf8'), 'story,quote\r\ns1,Rebuild\r\ns2,Wait\r\n');
  assert.deepEqual(readdirSync(dir), ['quotes.csv']);
});
