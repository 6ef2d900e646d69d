// What every command of the CLI shares: the streams it talks to, its exit statuses, the engine it
// loads on demand and how it tells the files it skipped.
import type { Issue } from '../model/index.ts';
import type { InterruptLine } from './interrupted.ts';

/** The engine: the pipeline, zod and wink-nlp load only for a command that does real work (see engine.ts). */
export const loadEngine = () => import('./engine.ts');

/** The streams and environment a CLI run talks to; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  /** Whether progress lines should be shown (a terminal on stderr). */
  readonly progress: boolean;
  /** The terminal a progress bar is drawn on (stderr), when `progress`. */
  readonly progressStream?: import('node:stream').Writable;
  /** Whether standard output is a terminal too: output written during a progress bar would cut through it. */
  readonly stdoutTerminal?: boolean;
  /** Until its `done`, Ctrl-C says the line, or the last given to its `say` (`sayOnInterrupt`). */
  readonly sayIfInterrupted?: (line: string, belowBar?: boolean) => InterruptLine;
}

/** Exit statuses of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2, partial: 3 } as const;

/** Whether a run skipped a file (an error issue): its exit status is then `EXIT.partial`. */
export const skipped = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

/** Tell each file a run skipped, one line on stderr. */
export function reportSkipped(issues: readonly Issue[], io: CliIo): void {
  for (const issue of issues)
    if (issue.severity === 'error') io.stderr(`parallax: skipped ${issue.message}\n`);
}
