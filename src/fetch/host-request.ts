import { type HostGate, sleep } from './hosts.ts';
import { type HttpAnswer, type HttpClient, HttpError } from './http.ts';
import { HUNG_AFTER_TIMEOUTS, HUNG_PAUSE_MS, RETRY_STATUSES } from './patterns.ts';

/**
 * One request through its host's gate: 429, 5xx and dropped connections retried with backoff (the
 * whole host waits), a Retry-After longer than a run waits remembered, and a host that lets requests
 * time out in a row taken for hung. What the fetcher (fetcher.ts) sends each hop through.
 */

/** A resource that could not be fetched; `code` says why (`disallowed`, `blocked`, `timeout`, ...). */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 0, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.status = status;
  }
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or undefined. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** What a host request needs: the gate and client it goes through, and how it retries. */
export interface HostRequestOptions {
  readonly gate: HostGate;
  readonly http: HttpClient;
  readonly userAgent: string;
  readonly retries: number;
  readonly backoffMs: number;
  /** The longest Retry-After waited for; a host asking longer is left alone for the rest of the run. */
  readonly maxRetryAfter: number;
  readonly log: (message: string) => void;
  /** Told of each request once it is answered or failed: its URL, status (0: none), time and error. */
  readonly onRequest?: (done: RequestDone) => void;
}

/** A request as `onRequest` tells it: its URL, its status (0 when no answer came), ms taken, why it failed. */
export interface RequestDone {
  readonly url: string;
  readonly status: number;
  readonly ms: number;
  readonly error?: string;
}

/** Sends one request to a URL (no redirect followed) and returns the host's answer. */
export type HostRequest = (
  url: URL,
  headers: Record<string, string>,
  maxBytes: number,
  signal?: AbortSignal,
) => Promise<HttpAnswer>;

/** A request function with its own per-host state (rests, timeouts in a row, requests in flight). */
export function createHostRequest(options: HostRequestOptions): HostRequest {
  const { gate, http, userAgent, retries, backoffMs, maxRetryAfter, log, onRequest } = options;
  // hosts that asked for a longer pause than this run waits: later requests to them fail at once
  const resting = new Map<string, number>();
  // timeouts in a row per host: a host that let HUNG_AFTER_TIMEOUTS requests time out in a row is
  // taken for hung, and its other requests fail at once for HUNG_PAUSE_MS (a slow page of a live
  // site costs its own timeout; a dead site costs about one timeout, not one per page)
  const timeouts = new Map<string, number>();
  const hungUntil = new Map<string, number>();
  // requests in flight per host, stopped when the host is taken for hung
  const inFlight = new Map<string, Set<AbortController>>();
  const skipped = (host: string) =>
    new FetchError('timeout', `${host} did not answer ${HUNG_AFTER_TIMEOUTS} requests in a row; skipped`);

  return async function once(url, headers, maxBytes, signal) {
    const host = url.host;
    for (let attempt = 0; ; attempt++) {
      const restUntil = resting.get(host);
      if (restUntil !== undefined && restUntil > Date.now())
        throw new FetchError(
          'rate-limited',
          `${host} asked to wait until ${new Date(restUntil).toISOString()}`,
          429,
        );
      const release = await gate.acquire(host, signal);
      const hung = hungUntil.get(host);
      if (hung !== undefined && hung > Date.now()) {
        release();
        throw skipped(host);
      }
      const own = new AbortController();
      const flying = inFlight.get(host) ?? new Set<AbortController>();
      inFlight.set(host, flying.add(own));
      let answer: HttpAnswer;
      // (timed from when the host's gate let it go)
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      try {
        answer = await http.get(url.href, {
          headers: { 'user-agent': userAgent, ...headers },
          maxBytes,
          signal: signal ? AbortSignal.any([signal, own.signal]) : own.signal,
        });
        onRequest?.({ url: url.href, status: answer.status, ms: ms() });
      } catch (error) {
        onRequest?.({ url: url.href, status: 0, ms: ms(), error: (error as Error).message });
        if (own.signal.aborted && !signal?.aborted) throw skipped(host);
        const code = error instanceof HttpError ? error.code : 'network';
        if (code === 'timeout') {
          const row = (timeouts.get(host) ?? 0) + 1;
          timeouts.set(host, row);
          if (row >= HUNG_AFTER_TIMEOUTS) {
            hungUntil.set(host, Date.now() + HUNG_PAUSE_MS);
            for (const other of flying) if (other !== own) other.abort();
          }
        }
        // a timeout is not retried: a hung server costs one timeout, not several
        if (code === 'network' && attempt < retries) {
          release();
          await sleep(backoffMs * 2 ** attempt * (1 + Math.random() / 2), signal);
          continue;
        }
        throw new FetchError(code, (error as Error).message, 0, { cause: error });
      } finally {
        flying.delete(own);
        release();
      }
      timeouts.delete(host);
      if (!RETRY_STATUSES.has(answer.status)) return answer;
      const asked = retryAfterMs(answer.headers['retry-after']);
      if (asked !== undefined && asked > maxRetryAfter) {
        resting.set(host, Date.now() + asked);
        return answer;
      }
      if (attempt >= retries) return answer;
      const wait = asked ?? backoffMs * 2 ** attempt * (1 + Math.random() / 2);
      // the whole host waits, not only this request
      gate.pause(host, Date.now() + wait);
      log(`${url.href}: HTTP ${answer.status}, retrying in ${Math.round(wait / 100) / 10} s`);
    }
  };
}
