// The Sources page's and `parallax sources`' read of a store (`storeHealth`: sources, feeds, page
// counts, the pages given up on and those left out) on a store of 10,000 fetched pages (20 sources;
// 8 % failed, half of them given up after 3 attempts; 5 % no article, most left out of a sitemap):
// prints the median and p95 of 30 reads in ms, and the median CPU time of this process (SQLite
// reads in it; less moved by a loaded machine than the wall time). Run: `npx node bench/sources-view.ts [pages]
// [--db postgres://…]` (an empty PostgreSQL database instead of a fresh SQLite file).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { storeHealth } from '../src/fetch/health.ts';
import type { FetchedPage, PageOutcome } from '../src/store/index.ts';
import { openStore } from '../src/store/index.ts';

const args = process.argv.slice(2);
const dbAt = args.indexOf('--db');
const url = dbAt >= 0 ? args[dbAt + 1] : undefined;
const size = Number(args.find((a, i) => /^\d+$/.test(a) && i !== dbAt + 1) ?? 10_000);
const SOURCES = 20;
const READS = 30;

/** The i-th invented page: its outcome by a fixed pattern, so every run stores the same pages. */
function page(i: number, start: number): FetchedPage {
  const r = (i * 7919) % 100;
  const outcome: PageOutcome = r < 8 ? 'failed' : r < 13 ? 'no-article' : r < 16 ? 'duplicate' : 'stored';
  const error =
    outcome === 'failed'
      ? 'HTTP 503'
      : outcome === 'no-article'
        ? r < 12
          ? 'not an article: 40 words'
          : 'no text'
        : null;
  const at = new Date(start + i * 60_000).toISOString();
  const u = `https://s${i % SOURCES}.example/news/${i}`;
  return {
    urlKey: u,
    url: u,
    finalUrl: null,
    source: `Source ${i % SOURCES}`,
    feedUrl: `https://s${i % SOURCES}.example/feed.xml`,
    fetchedAt: at,
    status: outcome === 'failed' ? 503 : 200,
    outcome,
    error,
    attempts: outcome === 'failed' ? 1 + (i % 4) : 1,
    articleId: outcome === 'stored' || outcome === 'duplicate' ? `a${i}` : null,
    contentType: 'text/html',
    etag: null,
    lastModified: null,
    listed: null,
    raw: null,
  };
}

const dir = url ? null : mkdtempSync(join(tmpdir(), 'parallax-sources-view-'));
const store = await openStore(url ?? join(dir as string, 'store.db'));
try {
  const start = Date.parse('2026-11-01T00:00:00Z');
  const pages = Array.from({ length: size }, (_, i) => page(i, start));
  for (let i = 0; i < pages.length; i += 1000) await store.savePages(pages.slice(i, i + 1000));
  const now = new Date(start + size * 60_000);
  await storeHealth(store, now); // warm: statements prepared, pages in the cache
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await storeHealth(store, now);
    const used = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (q: number, xs = ms) =>
    (xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number).toFixed(2);
  process.stdout.write(
    `${url ? 'postgres' : 'sqlite'} ${size} pages: storeHealth median ${at(0.5)} ms, p95 ${at(0.95)} ms, CPU median ${at(0.5, cpu)} ms ` +
      `(${READS} reads, load ${loadavg()[0]?.toFixed(1)})\n`,
  );
} finally {
  await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
