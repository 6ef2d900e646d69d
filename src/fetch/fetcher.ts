import { BlockedError, checkTarget } from './address.ts';
import { createHostRequest, FetchError, type RequestDone } from './host-request.ts';
import { createHostGate, type HostGate } from './hosts.ts';
import { createHttpClient, type HttpClient } from './http.ts';
import {
  ACCEPT_LISTING,
  ACCEPT_PAGE,
  BACKOFF_MS,
  HOST_CONCURRENCY,
  HOST_DELAY_MS,
  MAX_CRAWL_DELAY_MS,
  MAX_LISTING_BYTES,
  MAX_PAGE_BYTES,
  MAX_REDIRECTS,
  MAX_RETRY_AFTER_MS,
  REDIRECT_STATUSES,
  RETRIES,
  ROBOTS_TTL_MS,
} from './patterns.ts';
import { type RobotsRules, rulesFromAnswer } from './robots.ts';
import { defaultUserAgent } from './user-agent.ts';

/**
 * The polite fetcher: every request checked against robots.txt, the URL's scheme and address, and
 * the host's gate (concurrency, delay, Retry-After); 429 and 5xx retried with backoff; redirects
 * followed one hop at a time, each hop checked like the first.
 */

export { FetchError, type RequestDone, retryAfterMs } from './host-request.ts';

/** Options of a fetcher. */
export interface FetcherOptions {
  /** Sent as User-Agent and matched against robots.txt groups (default `Parallax/<version> (+url)`). */
  readonly userAgent?: string;
  /** Allow private and loopback addresses (tests, an intranet). Default false. */
  readonly allowPrivate?: boolean;
  /** What a refused private address's error tells the user to do (default: the CLI's --allow-private). */
  readonly allowPrivateHint?: string;
  /** Requests in flight per host (1-2). */
  readonly hostConcurrency?: number;
  /** Least ms between request starts per host (0 allowed). */
  readonly hostDelayMs?: number;
  /** Longest one request may take, in ms; and the connect timeout. */
  readonly timeoutMs?: number;
  readonly connectTimeoutMs?: number;
  /** Largest page, and largest feed or sitemap, in bytes. */
  readonly maxPageBytes?: number;
  readonly maxListingBytes?: number;
  readonly maxRedirects?: number;
  /** Retries of 429 / 5xx / dropped connections, the first backoff, and the longest Retry-After honoured. */
  readonly retries?: number;
  readonly backoffMs?: number;
  readonly maxRetryAfterMs?: number;
  /** Where progress lines go. */
  readonly log?: (message: string) => void;
  /** Told of each request sent (robots.txt, redirects and retries too) once answered or failed. */
  readonly onRequest?: (done: RequestDone) => void;
}

/** A fetched resource: the final answer after redirects. */
export interface FetchResult {
  readonly url: string;
  readonly finalUrl: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** The URLs redirected through, in order. */
  readonly redirects: readonly string[];
}

/** The fetcher: `get` a page or a listing; `close` when done. */
export interface Fetcher {
  get(
    url: string,
    options: { kind: 'page' | 'listing'; headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<FetchResult>;
  /** The robots.txt rules of a URL's origin (fetched once per run). */
  robots(url: string, signal?: AbortSignal): Promise<RobotsRules>;
  readonly userAgent: string;
  /** The gate (its `peak` is the most requests ever in flight to one host). */
  readonly gate: HostGate;
  /** The size caps, in bytes, of a page and of a listing. */
  readonly limits: { readonly page: number; readonly listing: number };
  close(): Promise<void>;
}

/** A polite fetcher over a fresh HTTP client. */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const userAgent = options.userAgent ?? defaultUserAgent();
  const allowPrivate = options.allowPrivate === true;
  const concurrency = Math.max(1, Math.min(2, options.hostConcurrency ?? HOST_CONCURRENCY));
  const gate = createHostGate({ concurrency, delayMs: options.hostDelayMs ?? HOST_DELAY_MS });
  const http: HttpClient = createHttpClient({
    allowPrivate,
    connections: concurrency,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
  });
  const retries = options.retries ?? RETRIES;
  const backoffMs = options.backoffMs ?? BACKOFF_MS;
  const maxRetryAfter = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const log = options.log ?? (() => {});
  const limits = {
    page: options.maxPageBytes ?? MAX_PAGE_BYTES,
    listing: options.maxListingBytes ?? MAX_LISTING_BYTES,
  };
  const robotsByOrigin = new Map<string, { rules: Promise<RobotsRules>; at: number }>();
  const request = createHostRequest({
    gate,
    http,
    userAgent,
    retries,
    backoffMs,
    maxRetryAfter,
    log,
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
  });

  // Fetch `url` following redirects; `robotsCheck` is false for robots.txt itself.
  async function follow(
    start: string,
    headers: Record<string, string>,
    maxBytes: number,
    robotsCheck: boolean,
    signal?: AbortSignal,
  ): Promise<FetchResult> {
    const redirects: string[] = [];
    let current: URL;
    try {
      current = new URL(start);
    } catch {
      throw new FetchError('bad-url', `not a URL: ${start}`);
    }
    for (;;) {
      try {
        checkTarget(current, allowPrivate, options.allowPrivateHint);
      } catch (error) {
        if (error instanceof BlockedError) throw new FetchError('blocked', error.message);
        throw error;
      }
      if (robotsCheck) {
        const rules = await robots(current.href, signal);
        if (!rules.isAllowed(current.href))
          throw new FetchError('disallowed', rules.unreachable ?? `robots.txt disallows ${current.pathname}`);
      }
      const answer = await request(current, headers, maxBytes, signal);
      const location = answer.headers.location;
      if (REDIRECT_STATUSES.has(answer.status) && location) {
        if (redirects.length >= maxRedirects)
          throw new FetchError('redirects', `more than ${maxRedirects} redirects`, answer.status);
        redirects.push(current.href);
        try {
          current = new URL(location, current);
        } catch {
          throw new FetchError('bad-redirect', `redirect to a bad URL: ${location}`, answer.status);
        }
        continue;
      }
      return {
        url: start,
        finalUrl: current.href,
        status: answer.status,
        headers: answer.headers,
        body: answer.body,
        redirects,
      };
    }
  }

  function robots(url: string, signal?: AbortSignal): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    const cached = robotsByOrigin.get(origin);
    // a long watch reads each robots.txt again once a day
    let rules = cached && Date.now() - cached.at < ROBOTS_TTL_MS ? cached.rules : undefined;
    if (!rules) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = follow(robotsUrl, { accept: 'text/plain' }, 512_000, false, signal).then(
        (r) =>
          rulesFromAnswer(robotsUrl, { status: r.status, text: new TextDecoder().decode(r.body) }, userAgent),
        (error: Error) => rulesFromAnswer(robotsUrl, { error: error.message }, userAgent),
      );
      rules.then((r) => {
        if (r.crawlDelayMs !== undefined)
          gate.setDelay(new URL(url).host, Math.min(r.crawlDelayMs, MAX_CRAWL_DELAY_MS));
        if (r.unreachable) log(`${origin}: ${r.unreachable}; nothing will be fetched from it this run`);
      });
      robotsByOrigin.set(origin, { rules, at: Date.now() });
    }
    return rules;
  }

  return {
    get(url, { kind, headers = {}, signal }) {
      const accept = kind === 'page' ? ACCEPT_PAGE : ACCEPT_LISTING;
      const maxBytes = kind === 'page' ? limits.page : limits.listing;
      return follow(url, { accept, ...headers }, maxBytes, true, signal);
    },
    robots,
    userAgent,
    gate,
    limits,
    close: () => http.close(),
  };
}
