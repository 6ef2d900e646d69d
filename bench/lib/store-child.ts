// One size of `npm run bench:store` in its own process (so its peak RSS is its own): args `<n> <db>`.
// Ingests the first n articles of the synthetic feed (store-data.ts) into an empty store with the
// whole per-article pipeline and the online grouping, then times the read side; prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createContext } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { ingestInto, storyReport } from '../../src/store/ingest/index.ts';
import { storeFeed } from './store-data.ts';
import { groupingQuality } from './store-quality.ts';

const n = Number(process.argv[2]);
const location = process.argv[3];
const jobs = process.argv[4] ? Number(process.argv[4]) : undefined;
if (!(n > 0) || !location)
  throw new Error('usage: store-child.ts <articles> <db path or postgres URL> [jobs]');
const QUERIES = readFileSync(new URL('../data/store-queries.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);
// the feed is made a thousand files at a time, as the ingest reads them (it commits 200 per batch)
const CHUNK = 1000;
function* feedFiles(feed: ReturnType<typeof storeFeed>) {
  for (let from = 0; from < feed.size; from += CHUNK)
    yield* feed.files(from, Math.min(feed.size, from + CHUNK));
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const feed = storeFeed(n);
const store = await openStore(location);
if ((await store.stats()).articles > 0)
  throw new Error(`${location} is not empty: the benchmark needs an empty store`);
const timings = new Map<string, number>();
const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z'), timings });
const cpuAtStart = process.cpuUsage();
const start = performance.now();
const summary = await ingestInto(
  store,
  feedFiles(feed),
  {
    totalFiles: n,
    ...(jobs ? { jobs } : {}),
    onBatch: (p) => process.stderr.write(`\r${p.files}/${n} articles`),
  },
  ctx,
);
const { inserted, duplicates } = summary;
const ingestMs = performance.now() - start;
// the peak of the ingest alone: the read side and the grouping check below hold more
const ingestRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
const cpu = process.cpuUsage(cpuAtStart);
const ingestCpuS = Math.round((cpu.user + cpu.system) / 1e5) / 10;
process.stderr.write('\n');

// search: one pass to warm the caches, then each of the 200 queries timed once
for (const query of QUERIES) await store.search(query);
const searchMs: number[] = [];
let hits = 0;
for (const query of QUERIES) {
  const t = performance.now();
  hits += (await store.search(query)).length;
  searchMs.push(performance.now() - t);
}
// stories --since the last 30 days of the feed, 20 times
const since = new Date(Date.parse(feed.dayAt(n - 1)) - 30 * 86_400_000).toISOString();
const sinceMs: number[] = [];
let recent = 0;
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  recent = (await store.stories({ since })).length;
  sinceMs.push(performance.now() - t);
}
// the report of the story nearest 50 articles, computed from the store (it is stale) and stored:
// the parent times `parallax story <id>` on it after this process has exited (see ../store.ts)
const all = await store.stories({ limit: 1_000_000 });
const target = [...all].sort((a, b) => Math.abs(a.articleCount - 50) - Math.abs(b.articleCount - 50))[0];
let storyMs = 0;
if (target) {
  const t = performance.now();
  await storyReport(store, target.id, {}, createContext({ now: new Date() }));
  storyMs = performance.now() - t;
}
const quality = await groupingQuality(store, feed.goldOf);
const stats = await store.stats();
await store.close();
process.stdout.write(
  `${JSON.stringify({
    n,
    ingestMs: Math.round(ingestMs),
    inserted,
    duplicates,
    stories: stats.stories,
    dbBytes: stats.bytes,
    rssMiB: ingestRssMiB,
    rssAllMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    ingestCpuS,
    searchP50: round(quantile(searchMs, 0.5), 2),
    searchP95: round(quantile(searchMs, 0.95), 2),
    hitsPerQuery: round(hits / QUERIES.length),
    sinceMs: round(quantile(sinceMs, 0.5), 2),
    sinceStories: recent,
    storyMs: Math.round(storyMs),
    storyId: target?.id ?? null,
    storyArticles: target?.articleCount ?? 0,
    grouping: Object.fromEntries(
      Object.entries(quality).map(([k, q]) => [k, [q.precision, q.recall, q.f1].map((x) => round(x, 3))]),
    ),
    stages: Object.fromEntries([...timings].map(([k, v]) => [k, Math.round(v)])),
  })}\n`,
);
