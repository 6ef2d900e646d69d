// Ctrl-C and SIGTERM for the fetch commands: they stop a run between pages, so that the pages fetched
// so far are stored and placed; a second Ctrl-C ends the process at once (no handler is left). And
// the end of the process that started a long-running command, for `serve`.

/**
 * Run `run` with Ctrl-C (SIGINT) and SIGTERM calling `stop` with the signal's name, once each, after
 * saying so on `log`, instead of ending the process; the handlers are removed when `run` settles.
 * @example
 * await untilStopped(log, (signal) => controller.abort(signal), () => fetchInto(...))
 */
export async function untilStopped<T>(
  log: (message: string) => void,
  stop: (signal: NodeJS.Signals) => void,
  run: () => Promise<T>,
): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    log('stopping after the pages in hand are stored');
    stop(signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await run();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** How often a long-running command looks whether the process that started it is still there, in ms. */
export const PARENT_CHECK_MS = 1000;

/**
 * Call `gone` once the process's parent has ended: its parent id is no longer `parent` (read when
 * the command started: its start can take seconds), or is 1 (an orphan is handed to init, or to a
 * subreaper); the check never keeps the process alive.
 */
export function whenOrphaned(parent: number, gone: () => void, every = PARENT_CHECK_MS): void {
  const check = (): boolean => process.ppid !== parent || process.ppid === 1;
  if (check()) {
    gone();
    return;
  }
  const timer = setInterval(() => {
    if (!check()) return;
    clearInterval(timer);
    gone();
  }, every);
  timer.unref();
}
