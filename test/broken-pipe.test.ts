import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..');

test('a reader that closes the pipe early (| head) ends the run quietly, with no stack trace', async () => {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'parallax.js'),
      'analyze',
      join(ROOT, 'examples', 'harbor-bridge'),
      '-f',
      'json',
      '-q',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  // read the first piece of the report, then stop reading, as head does
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  assert.equal(stderr, '');
  assert.equal(status, 0);
});
