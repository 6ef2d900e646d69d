// npm run bench:store-postgres -- LOCATION [--articles N] [--new-database]
// The store backend alone, without the pipeline's analysis (what bench:store measures as a whole):
// the first N articles (default 10,000) of bench:store's synthetic feed (lib/store-data.ts), read and
// cleaned once, are upserted in batches of 200, then grouped five by five in feed order into stories;
// then search p50/p95 over the 200 queries of data/store-queries.txt, `stories --since` and `story`
// latency, and the database's size. LOCATION is a postgres:// URL or a SQLite file path, so the two
// backends compare like for like; it must be empty, or with --new-database (PostgreSQL) a database is
// made for the run on that server and dropped after.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createContext } from '../src/model/index.ts';
import { readArticles } from '../src/pipeline.ts';
import { contentHash, isPostgresUrl, openStore, urlKey } from '../src/store/index.ts';
import type { NewArticle, Store, StoryChange } from '../src/store/types.ts';
import { storeFeed } from './lib/store-data.ts';

const BATCH = 200;

const STORY_SIZE = 5;

// The feed's first `n` articles, cleaned, with their keys (read a batch at a time, outside the timing).
function feed(n: number): NewArticle[] {
  const source = storeFeed(n);
  const made: NewArticle[] = [];
  for (let from = 0; from < n; from += 1000) {
    for (const article of readArticles(source.files(from, Math.min(n, from + 1000)), {}, createContext())) {
      made.push({
        article,
        urlKey: urlKey(article.url),
        contentHash: contentHash(article.text),
        features: { v: 1, lead: article.text.split(/\s+/).slice(0, 40) },
      });
    }
  }
  return made;
}

const QUERIES = readFileSync(new URL('./data/store-queries.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function run(store: Store, n: number): Promise<void> {
  const made = feed(n);
  const stored: string[] = [];
  const insertMs = await timed(async () => {
    for (let i = 0; i < made.length; i += BATCH) {
      const batch = made.slice(i, i + BATCH);
      const outcomes = await store.upsertArticles(batch);
      for (const outcome of outcomes) if (outcome.status === 'inserted') stored.push(outcome.id);
    }
  });
  const changes: StoryChange[] = [];
  for (let i = 0; i < stored.length; i += STORY_SIZE) {
    changes.push({
      id: `s${i}`,
      title: `Story ${i}`,
      topicId: null,
      articleIds: stored.slice(i, i + STORY_SIZE),
    });
  }
  const groupMs = await timed(async () => {
    for (let i = 0; i < changes.length; i += BATCH) await store.saveStories(changes.slice(i, i + BATCH));
  });
  const list = QUERIES;
  for (const q of list.slice(0, 20)) await store.search(q); // warm the caches
  // Each query three times: the first pass as a user meets it, and each query's best of the three
  // (what the store costs, less the waits of a machine busy with other work).
  const searchMs: number[] = [];
  const bestMs: number[] = list.map(() => Number.POSITIVE_INFINITY);
  let hits = 0;
  for (let pass = 0; pass < 3; pass++) {
    for (const [i, q] of list.entries()) {
      const ms = await timed(async () => {
        const found = await store.search(q);
        if (pass === 0) hits += found.length;
      });
      if (pass === 0) searchMs.push(ms);
      bestMs[i] = Math.min(bestMs[i] as number, ms);
    }
  }
  const sinceMs: number[] = [];
  for (let k = 0; k < 20; k++) {
    // From the feed's first day to its last (it is in date order).
    const since = made[Math.floor((k * made.length) / 20)]?.article.publishedAt ?? '2015-01-01';
    sinceMs.push(await timed(() => store.stories({ since })));
  }
  const storyMs: number[] = [];
  for (const change of changes.slice(0, 50)) storyMs.push(await timed(() => store.story(change.id)));
  const stats = await store.stats();
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const f = (ms: number) => ms.toFixed(1);
  process.stdout.write(
    `backend ${store.backend}: ${stats.articles} articles, ${stats.stories} stories\n` +
      `insert: ${Math.round(n / (insertMs / 1000))} articles/s (${(insertMs / 1000).toFixed(1)} s in batches of ${BATCH})\n` +
      `saveStories: ${(groupMs / 1000).toFixed(1)} s for ${changes.length} stories\n` +
      `search (${list.length} queries, ${(hits / list.length).toFixed(1)} hits each): p50 ${f(quantile(searchMs, 0.5))} ms, p95 ${f(quantile(searchMs, 0.95))} ms, max ${f(Math.max(...searchMs))} ms; best of 3 per query: p50 ${f(quantile(bestMs, 0.5))} ms, p95 ${f(quantile(bestMs, 0.95))} ms\n` +
      `stories --since: p50 ${f(quantile(sinceMs, 0.5))} ms, p95 ${f(quantile(sinceMs, 0.95))} ms\n` +
      `story <id>: p50 ${f(quantile(storyMs, 0.5))} ms, p95 ${f(quantile(storyMs, 0.95))} ms\n` +
      `database size: ${(stats.bytes / 1048576).toFixed(1)} MiB; load average at the end ${load} (${cpus().length} cores)\n`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const location = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--articles');
  const at = args.indexOf('--articles');
  const n = at >= 0 ? Number(args[at + 1]) : 10_000;
  if (!location || !(n > 0))
    throw new Error('usage: store-postgres.ts LOCATION [--articles N] [--new-database]');
  let url = location;
  let drop: (() => Promise<void>) | null = null;
  if (args.includes('--new-database') && isPostgresUrl(location)) {
    const name = `parallax_bench_${randomBytes(4).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: location });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE ${name}`);
    drop = () => admin(`DROP DATABASE ${name} WITH (FORCE)`);
    url = location.replace(/^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?/, `$1/${name}`);
  }
  const store = await openStore(url);
  try {
    if ((await store.stats()).articles > 0) throw new Error(`${location} is not empty: give an empty store`);
    await run(store, n);
  } finally {
    await store.close();
    await drop?.();
  }
}

await main();
