// Ctrl-C during `parallax analyze`: how long from the SIGINT to the process's end, and what it says.
// Runs `analyze` on the first 200 ECB+ documents (one JSONL file) over an existing `-o` report, in a
// new process each time, and sends SIGINT to its process group, as a terminal's Ctrl-C does, at each
// of several times into the run (default 1.5 to 9 s by 1.5 s); prints per time the exit status, the
// ms from the signal to the exit and to the last line on standard error, and that line. Run: `PARALLAX_SHARED=/work/shared npx node bench/interrupt.ts [ms …]`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEcbPlus } from './lib/ecbplus.ts';

const ARTICLES = 200;
const given = process.argv.slice(2).map(Number);
const times = given.length ? given : [1500, 3000, 4500, 6000, 7500, 9000];
const cli = new URL('../bin/parallax.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'parallax-interrupt-'));
const input = join(dir, 'corpus.jsonl');
const output = join(dir, 'report.json');
writeFileSync(
  input,
  loadEcbPlus()
    .slice(0, ARTICLES)
    .map((d) => JSON.stringify({ text: d.text }))
    .join('\n'),
);

/** One run interrupted `afterMs` after its start: its status, the signal-to-exit time, its last words. */
function interrupted(afterMs: number): Promise<string> {
  writeFileSync(output, '{"old":true}');
  const child = spawn(process.execPath, [cli, 'analyze', input, '-o', output], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group, which the signal is sent to
  });
  let stderr = '';
  let saidAt = 0;
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
    saidAt = performance.now();
  });
  let sentAt = 0;
  const timer = setTimeout(() => {
    sentAt = performance.now();
    process.kill(-(child.pid as number), 'SIGINT');
  }, afterMs);
  let exitAt = 0;
  child.on('exit', () => {
    exitAt = performance.now();
  });
  // resolved once standard error closes too: a line said beside the process may come after its end
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = sentAt ? `${(exitAt - sentAt).toFixed(0)} ms to exit` : 'finished before it';
      const saying = sentAt && saidAt > sentAt ? `, said ${(saidAt - sentAt).toFixed(0)} ms after it` : '';
      const kept = readFileSync(output, 'utf8') === '{"old":true}' ? 'old file kept' : 'report written';
      const said = stderr.trim().split('\n').at(-1) ?? '';
      resolve(
        `SIGINT at ${afterMs} ms: exit ${code ?? signal}, ${ms}${saying}, ${kept}; stderr: ${said || '(nothing)'}`,
      );
    });
  });
}

try {
  for (const t of times) process.stdout.write(`${await interrupted(t)}\n`);
  process.stdout.write(`(${ARTICLES} ECB+ documents, load ${loadavg()[0]?.toFixed(1)})\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
