import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import type { FetchSource } from '../store/fetch-types.ts';
import type { Store } from '../store/types.ts';
import { createFetcher, type FetcherOptions } from './fetcher.ts';
import { memoryStoreFor } from './fixtures/fetch-rounds.ts';
import { FAST } from './fixtures/settings.ts';
import { startSite } from './fixtures/site.ts';
import { storeHealth } from './health.ts';
import type { FetchSummary } from './run.ts';
import { watchSources } from './watch.ts';

// A watcher whose settings refuse its feed (the fixture site is on 127.0.0.1, a loopback address)
// asked nothing of it: the feed is not "checked", so a start with --allow-private polls it at once
// instead of "nothing due before …" for the source's whole interval (newuser10's finding 1).

const refusing: FetcherOptions = { ...FAST, allowPrivate: false };

/**
 * One watcher until `signal` aborts (or one round with `once`); its rounds as [polled, summary], each
 * told to `seen` as it ends.
 */
async function watch(
  store: Store,
  source: FetchSource,
  options: FetcherOptions,
  run: { once: boolean; signal?: AbortSignal },
  dueAfter: number[] = [],
  seen: (summary: FetchSummary | null) => void = () => {},
): Promise<[readonly string[], FetchSummary | null][]> {
  const rounds: [readonly string[], FetchSummary | null][] = [];
  const fetcher = createFetcher(options);
  try {
    await watchSources(
      store,
      [source],
      {
        fetcher,
        jobs: 1,
        ...run,
        onRound: (polled, summary, nextAt) => {
          rounds.push([polled, summary]);
          dueAfter.push(nextAt - Date.now());
          seen(summary);
        },
      },
      () => createContext({ now: new Date() }),
    );
  } finally {
    await fetcher.close();
  }
  return rounds;
}

test('watch: a feed refused by the run’s own settings is polled by the next start with other settings', async (t) => {
  const site = await startSite();
  t.after(() => site.close());
  const store = await memoryStoreFor(t);
  const feed = `${site.origin}/feeds/rss091.xml`;
  const source = { name: 'Strait Courier', urls: [feed], leaning: null, owner: null, everyMs: 15 * 60_000 };
  await store.saveSources([source]);

  // (and `watch --once` says so: due at the next start, not 'due again at <now + 15 min>')
  const dueAfter: number[] = [];
  const [[polled, refused] = [[], null]] = await watch(store, source, refusing, { once: true }, dueAfter);
  assert.ok((dueAfter[0] ?? Number.POSITIVE_INFINITY) <= 0, `due in ${dueAfter[0]} ms`);
  assert.deepEqual(polled, ['Strait Courier']);
  assert.match(
    refused?.errors[0]?.error ?? '',
    /private or loopback address \(allow it with --allow-private\)/,
  );
  assert.equal(site.requests.length, 0, 'nothing was asked of the site');
  // (and the refused feed is counted as not read, not as a feed read: newuser13 #15)
  assert.deepEqual([refused?.listings, refused?.unread], [0, 1]);

  const [[again, summary] = [[], null]] = await watch(store, source, FAST, { once: true }, dueAfter);
  assert.ok((dueAfter[1] ?? 0) > 14 * 60_000, 'a polled feed is due again after its interval');
  assert.deepEqual(again, ['Strait Courier']);
  assert.ok(summary, 'polled at once, not "nothing due before …"');
  assert.equal(summary.stored, 1);
  const [health] = await storeHealth(store, new Date());
  assert.equal(health?.errorRate, 0, 'the refusal is no failed request');
});

test('watch: a continuous watcher whose settings refuse a feed polls it once an interval, not once a second', async (t) => {
  const site = await startSite();
  t.after(() => site.close());
  const store = await memoryStoreFor(t);
  const source = {
    name: 'Strait Courier',
    urls: [`${site.origin}/feeds/rss091.xml`],
    leaning: null,
    owner: null,
    everyMs: 60_000,
  };
  await store.saveSources([source]);
  // watched for 2.5 s after its first poll (a watcher that polled it once a second polls it twice
  // more), however long a loaded machine takes to reach that poll; stopped after a minute if never
  const stop = new AbortController();
  const timers = [setTimeout(() => stop.abort(), 60_000)];
  t.after(() => timers.forEach(clearTimeout));
  const rounds = await watch(store, source, refusing, { once: false, signal: stop.signal }, [], (summary) => {
    if (summary !== null && timers.length === 1) timers.push(setTimeout(() => stop.abort(), 2_500));
  });
  assert.equal(rounds.filter(([, summary]) => summary !== null).length, 1);
  const [health] = await storeHealth(store, new Date());
  assert.match(health?.lastError ?? '', /private or loopback address/, '`sources` still names the refusal');
});
