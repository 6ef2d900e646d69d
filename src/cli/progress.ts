// A progress bar on standard error, drawn only when it is a terminal (never in pipes, logs or tests).
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';

/** A running progress bar: move it on, then stop it (the line is cleared). */
export interface Progress {
  update(value: number, status: string, total?: number): void;
  stop(): void;
}

/**
 * Start a progress bar of `total` steps named `unit` on `io.progressStream`, or return null when
 * progress is not wanted (standard error is not a terminal). `status` says what it does until the
 * first step is done; the time left is shown from then on (before, there is nothing to tell it by).
 */
export function startProgress(
  io: { readonly progress: boolean; readonly progressStream?: Writable },
  total: number,
  unit: string,
  status = '',
): Progress | null {
  if (!io.progress || !io.progressStream) return null;
  const line = `parallax: [{bar}] {value}/{total} ${unit} | {status}`;
  const bar = new cliProgress.SingleBar({
    stream: io.progressStream,
    format: (options, params, payload) =>
      cliProgress.Format.Formatter(
        { ...options, format: params.value > 0 ? `${line} | ETA {eta_formatted}` : line },
        params,
        payload,
      ),
    clearOnComplete: true,
    // The terminal's settings are left alone (the bar cuts its line to the terminal's width itself):
    // a bar that hid the cursor or unwrapped lines would leave them so after Ctrl-C, and a SIGINT
    // handler to restore them would hold Ctrl-C back until a busy ingest next yields.
    hideCursor: false,
    linewrap: true,
    etaBuffer: 50,
  });
  bar.start(total, 0, { status });
  return {
    update(value, status, newTotal) {
      const retotal = newTotal !== undefined && newTotal !== bar.getTotal();
      if (retotal) bar.setTotal(newTotal);
      bar.update(value, { status });
      // a new total is drawn at once: the bar redraws on a timer, which a busy run (reading the first
      // files in this thread) holds back, and "0/1 articles" would stand for a 5,000-line bundle
      if (retotal) bar.render();
    },
    stop: () => bar.stop(),
  };
}
