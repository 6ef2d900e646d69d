import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';

// Ctrl-C (SIGINT) or SIGTERM while a report is being written: the process still ends by the signal,
// but the temporary file beside the report is removed first, so no half-written file is left; the
// report there before is whole.
const WRITE_FILE = join(import.meta.dirname, 'write-file.ts');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`a ${signal} in the middle of writeFileAtomicFrom leaves no temporary file and the old report whole`, (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-test-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'report.json');
    writeFileSync(out, 'OLD REPORT');
    const script = `
      import { writeFileAtomicFrom } from ${JSON.stringify(WRITE_FILE)};
      await writeFileAtomicFrom(${JSON.stringify(out)}, (write) => {
        write(new TextEncoder().encode('{"half":'));
        process.kill(process.pid, ${JSON.stringify(signal)});
        // a signal with no handler ends the process here; one handled waits for this piece to end
        const until = Date.now() + 200;
        while (Date.now() < until);
        write(new TextEncoder().encode('true}'));
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      console.log('went on');
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    // ended by the signal, or with its status (128 + its number) where Node ends it so
    const number = signal === 'SIGINT' ? 2 : 15;
    assert.ok(
      run.signal === signal || run.status === 128 + number,
      `${run.signal} ${run.status} ${run.stderr}`,
    );
    assert.doesNotMatch(run.stdout, /went on/);
    assert.deepEqual(readdirSync(dir), ['report.json']);
    assert.ok(['OLD REPORT', '{"half":true}'].includes(readFileSync(out, 'utf8')));
  });
}
