import type { RunContext } from '../model/index.ts';
import { type FeedState, type FetchSource, readFor } from '../store/fetch-types.ts';
import type { Store } from '../store/types.ts';
import type { Fetcher } from './fetcher.ts';
import { sleep } from './hosts.ts';
import { DEFAULT_EVERY_MS } from './patterns.ts';
import { type FetchIntoOptions, type FetchSummary, fetchInto } from './run.ts';

/**
 * `watch`: poll each source when it is due — its interval after its feeds were last checked, as the
 * store remembers, so a restarted watcher waits out what is left instead of fetching again.
 */

/**
 * When a source is next due (epoch ms): its interval after the earliest last check of its URLs for
 * it. A URL checked without the source (a `fetch` of it alone, or for another source) has not been
 * polled for it: the source is due at once.
 */
export function nextDue(
  source: FetchSource,
  states: ReadonlyMap<string, FeedState>,
  everyMs: number,
): number {
  const interval = source.everyMs ?? everyMs;
  let due = 0;
  let first = true;
  for (const url of source.urls) {
    const state = states.get(url);
    const checked = readFor(state, source) ? state.checkedAt : null;
    const at = checked ? Date.parse(checked) + interval : 0;
    due = first ? at : Math.min(due, at);
    first = false;
  }
  return due;
}

/** Options of a watcher. */
export interface WatchOptions extends Omit<FetchIntoOptions, 'fetcher' | 'signal'> {
  readonly fetcher: Fetcher;
  /** The interval of sources that name none, in ms. */
  readonly everyMs?: number;
  /** Stop after one round (for cron and tests). */
  readonly once?: boolean;
  readonly signal?: AbortSignal;
  /**
   * Called after each round with the sources polled, what the round did and when a source is next
   * due (with `once`, for a next start: at or before now when one is due at once).
   */
  readonly onRound?: (polled: readonly string[], summary: FetchSummary | null, nextAt: number) => void;
}

/** Watch sources until the signal aborts (or after one round with `once`). */
export async function watchSources(
  store: Store,
  sources: readonly FetchSource[],
  options: WatchOptions,
  ctx: () => RunContext,
): Promise<void> {
  const everyMs = options.everyMs ?? DEFAULT_EVERY_MS;
  // when this watcher last polled each source: a feed its settings refuse is stored as not checked
  // (a start with other settings polls it), yet polled once an interval here, not once a second
  const polledAt = new Map<string, number>();
  const dueAt = (s: FetchSource, states: ReadonlyMap<string, FeedState>) =>
    Math.max(
      nextDue(s, states, everyMs),
      (polledAt.get(s.name) ?? Number.NEGATIVE_INFINITY) + (s.everyMs ?? everyMs),
    );
  for (;;) {
    if (options.signal?.aborted) return;
    const states = new Map((await store.feedStates()).map((s): [string, FeedState] => [s.url, s]));
    const now = Date.now();
    const due = sources.filter((s) => dueAt(s, states) <= now);
    let summary: FetchSummary | null = null;
    if (due.length) {
      const targets = due.flatMap((source) => source.urls.map((url) => ({ url, source })));
      summary = await fetchInto(store, targets, options, ctx());
      if (!options.signal?.aborted) for (const s of due) polledAt.set(s.name, now);
    }
    const after = new Map((await store.feedStates()).map((s): [string, FeedState] => [s.url, s]));
    // with `once`, when a next start finds a source due: by the store's checks alone, as this
    // watcher's own polls end with it (a refused feed, stored as not checked, is due at once)
    const nextAt = options.once
      ? Math.min(...sources.map((s) => nextDue(s, after, everyMs)))
      : Math.min(...sources.map((s) => Math.max(dueAt(s, after), Date.now() + 1_000)));
    options.onRound?.(
      due.map((s) => s.name),
      summary,
      nextAt,
    );
    if (options.once) return;
    try {
      await sleep(Math.max(0, nextAt - Date.now()), options.signal);
    } catch {
      return;
    }
  }
}
