// Ctrl-C during `analyze`: one line says what became of the report. A SIGINT listener in this process
// would run only when the analysis next yields, which it may not do for many seconds (it held Ctrl-C
// 2.8 s, or lost it when the analysis ended first: bench/interrupt.ts), so the line is said by a
// small shell beside it: Ctrl-C ends this process at once as before (status 130), its pipe to the
// shell closes, and the shell, never told that the run went on to its write, says the line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * What an interrupted `analyze` tells: nothing was written, and the `-o` file (if any) is as it was.
 * @example
 * interruptedLine('report.html', true) // 'interrupted: nothing written; report.html left as it was'
 */
export function interruptedLine(output: string | undefined, exists: boolean): string {
  if (output === undefined) return 'interrupted: no report written';
  return exists
    ? `interrupted: nothing written; ${output} left as it was`
    : `interrupted: ${output} not written`;
}

// The shell's script: deaf to the terminal's Ctrl-C itself, it waits for its input to close, and
// prints its first argument on standard error unless the run said "done" first.
const SAY_ON_INTERRUPT = `trap '' INT; read -r line; [ "$line" = done ] || printf '%s\\n' "$1" >&2`;

/**
 * Until the returned function is called, a run ended by Ctrl-C (or by any signal) says
 * `parallax: <interruptedLine>` on standard error. Call it before the report is written: the write
 * has its own listener (io/write-file.ts), which removes its temporary file. Where no POSIX shell
 * runs, nothing is said.
 */
export function sayWhenInterrupted(output: string | undefined): () => void {
  if (process.platform === 'win32') return () => {};
  const line = `parallax: ${interruptedLine(output, output !== undefined && existsSync(output))}`;
  const shell = spawn('/bin/sh', ['-c', SAY_ON_INTERRUPT, 'sh', line], {
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  shell.on('error', () => {}); // no shell: nothing said, as before
  shell.stdin.on('error', () => {});
  // neither the shell nor its input keeps this process alive
  shell.unref();
  (shell.stdin as unknown as { unref?: () => void }).unref?.();
  return () => shell.stdin.end('done\n');
}
