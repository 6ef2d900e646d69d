// Ctrl-C and SIGTERM for the fetch commands: they stop a run between pages, so that the pages fetched
// so far are stored and placed; a second Ctrl-C ends the process at once (no handler is left).

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
