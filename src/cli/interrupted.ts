// Ctrl-C during `analyze`: one line says what became of the report. A SIGINT listener in this process
// would run only when the analysis next yields, which it may not do for many seconds (it held Ctrl-C
// 2.8 s, or lost it when the analysis ended first: bench/interrupt.ts), so the line is said by a
// small shell beside it: Ctrl-C ends this process at once as before (status 130), its pipe to the
// shell closes, and the shell, never told that the run went on to its write, says the line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * What an `analyze` ended before its write tells: nothing was written, and the `-o` file (if any) is
 * as it was. "Stopped", not "interrupted": the shell sees only that the run ended without saying
 * "done", which Ctrl-C, a kill, a crash (a heap limit's abort) and an exit of a worker all look like.
 * @example
 * interruptedLine('report.html', true) // 'stopped before the write: nothing written; report.html left as it was'
 */
export function interruptedLine(output: string | undefined, exists: boolean): string {
  if (output === undefined) return 'stopped before the write: no report written';
  return exists
    ? `stopped before the write: nothing written; ${output} left as it was`
    : `stopped before the write: ${output} not written`;
}

/** The line a run ended by a signal says, until it is done; `say` puts another in its place. */
export interface InterruptLine {
  say(line: string): void;
  done(): void;
}

// The shell's script: deaf to the terminal's Ctrl-C itself, it keeps the last line it was given
// (its first argument, then each line read) and prints it on standard error, after its second
// argument (a newline or nothing), when its input closes, unless the run said "done" first.
const SAY_ON_INTERRUPT = `trap '' INT; line=$1; while IFS= read -r next; do [ "$next" = done ] && exit 0; line=$next; done; printf '%s%s\\n' "$2" "$line" >&2`;

/**
 * Until `done` is called, a run ended by Ctrl-C (or by any signal) says `line` on standard error,
 * or the last line given to `say` since (a count of what was stored, as the run goes on); on a line
 * of its own when `belowBar` (a progress bar was left on the terminal's line). Where no POSIX shell
 * runs, nothing is said.
 * @example
 * const note = sayOnInterrupt('parallax: stopped before the end (run it again for the rest)');
 */
export function sayOnInterrupt(line: string, belowBar = false): InterruptLine {
  if (process.platform === 'win32') return { say: () => {}, done: () => {} };
  const shell = spawn('/bin/sh', ['-c', SAY_ON_INTERRUPT, 'sh', oneLine(line), belowBar ? '\n' : ''], {
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  shell.on('error', () => {}); // no shell: nothing said, as before
  shell.stdin.on('error', () => {});
  // neither the shell nor its input keeps this process alive
  shell.unref();
  (shell.stdin as unknown as { unref?: () => void }).unref?.();
  let ended = false;
  return {
    say: (next) => {
      if (!ended) shell.stdin.write(`${oneLine(next)}\n`);
    },
    done: () => {
      if (!ended) shell.stdin.end('done\n');
      ended = true;
    },
  };
}

const oneLine = (line: string): string => line.replace(/[\r\n]+/g, ' ');

/**
 * What `analyze` says when ended before its write: `parallax: <interruptedLine>` (the write has its
 * own listener, io/write-file.ts, which removes its temporary file).
 */
export function reportNotWrittenLine(output: string | undefined): string {
  return `parallax: ${interruptedLine(output, output !== undefined && existsSync(output))}`;
}
