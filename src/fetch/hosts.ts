/**
 * Politeness per host: at most `concurrency` requests in flight to one host, their starts at least
 * `delayMs` apart (or the host's own Crawl-delay, when longer), and a pause when the host asks for
 * one (429 / 503 with Retry-After).
 */

/** Options of a host gate. */
export interface HostGateOptions {
  readonly concurrency: number;
  readonly delayMs: number;
  /** The clock and the timer (tests may pass their own). */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A gate per host: `acquire` waits for a slot and the delay, and returns the release. */
export interface HostGate {
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
  /** No request to `host` starts before `untilMs` (epoch ms). */
  pause(host: string, untilMs: number): void;
  /** Use at least `delayMs` between starts for `host` (a robots.txt Crawl-delay). */
  setDelay(host: string, delayMs: number): void;
  /** The most requests that were ever in flight at once to one host. */
  readonly peak: number;
}

interface HostState {
  active: number;
  nextAt: number;
  delayMs: number;
  readonly waiters: (() => void)[];
}

/** Sleep `ms`, or less when the signal aborts (then throws its reason). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** A gate over hosts. */
export function createHostGate(options: HostGateOptions): HostGate {
  const now = options.now ?? Date.now;
  const hosts = new Map<string, HostState>();
  let peak = 0;
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { active: 0, nextAt: 0, delayMs: options.delayMs, waiters: [] };
      hosts.set(host, state);
    }
    return state;
  };
  return {
    async acquire(host, signal) {
      const state = stateOf(host);
      while (state.active >= options.concurrency) await new Promise<void>((wake) => state.waiters.push(wake));
      state.active++;
      peak = Math.max(peak, state.active);
      try {
        // reserve this request's start time, so the next one waits its turn after it
        for (;;) {
          const at = Math.max(now(), state.nextAt);
          if (at <= now()) {
            state.nextAt = at + state.delayMs;
            break;
          }
          await (options.sleep ? options.sleep(at - now()) : sleep(at - now(), signal));
        }
      } catch (error) {
        state.active--;
        state.waiters.shift()?.();
        throw error;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        state.active--;
        state.waiters.shift()?.();
      };
    },
    pause(host, untilMs) {
      const state = stateOf(host);
      state.nextAt = Math.max(state.nextAt, untilMs);
    },
    setDelay(host, delayMs) {
      const state = stateOf(host);
      state.delayMs = Math.max(options.delayMs, delayMs);
    },
    get peak() {
      return peak;
    },
  };
}
