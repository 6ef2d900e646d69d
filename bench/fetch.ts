/**
 * `npm run bench:fetch`: the real news pages of the article-extraction benchmark served on 127.0.0.1
 * through one RSS feed (gzip when asked for, as servers do), fetched with a per-host delay of 0,
 * extracted and stored into a fresh SQLite store by `fetchInto` (robots.txt asked, conditional GET,
 * the raw pages kept, stories grouped); prints the wall time and the body F1 of the stored articles
 * beside `extract`'s on the saved files of the same pages.
 * Pages: every fifth of the 181 (ids sorted), 37 pages; `--all` serves all 181.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createFetcher } from '../src/fetch/fetcher.ts';
import { fetchInto } from '../src/fetch/run.ts';
import { createContext } from '../src/model/index.ts';
import { openStore } from '../src/store/index.ts';
import { needsShared } from '../test/shared.ts';
import { type BenchmarkPage, loadBenchmark, parallaxText, scoreOn } from './eval-extract.ts';

const skip = needsShared('datasets', 'article-extraction-benchmark');
if (skip) {
  console.log(`bench:fetch skipped: ${skip}`);
  process.exit(0);
}
const { values } = parseArgs({ options: { all: { type: 'boolean' } } });
const every = loadBenchmark();
const pages: BenchmarkPage[] = values.all ? every : every.filter((_, i) => i % 5 === 0);
const byId = new Map(pages.map((p) => [p.id, p]));

// The site: /feed.xml lists every page; /page/<id> serves its saved HTML.
const server = createServer((req, res) => {
  const path = (req.url ?? '/').replace(/\?.*$/, '');
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const send = (type: string, body: string) => {
    const bytes = gzip ? gzipSync(body) : Buffer.from(body);
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(bytes);
  };
  if (path === '/feed.xml') {
    const items = pages.map(
      (p) => `<item><title>page ${p.id}</title><link>${origin}/page/${p.id}</link></item>`,
    );
    send(
      'application/rss+xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>${items.join('')}</channel></rss>`,
    );
    return;
  }
  const page = path.startsWith('/page/') ? byId.get(path.slice(6)) : undefined;
  if (!page) {
    res.writeHead(404);
    res.end();
    return;
  }
  send('text/html; charset=utf-8', page.html);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-fetch-'));
// removed however the run ends (a failed fetch throws)
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
const store = await openStore(join(dir, 'fetch.db'));
const fetcher = createFetcher({ allowPrivate: true, hostDelayMs: 0 });
const load = loadavg()[0]?.toFixed(1);
const timings = new Map<string, number>();
const start = performance.now();
const cpu = process.cpuUsage();
const summary = await fetchInto(
  store,
  [{ url: `${origin}/feed.xml`, source: null }],
  { fetcher },
  createContext({ now: new Date(), timings }),
);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
await fetcher.close();

// The stored bodies by page id, against extract's on the saved files.
const fetched: Record<string, string> = {};
for await (const stored of store.articles())
  fetched[stored.article.source.replace(`${origin}/page/`, '')] = stored.article.text;
const saved: Record<string, string> = {};
const extractStart = performance.now();
for (const page of pages) saved[page.id] = parallaxText(page);
const extractSeconds = (performance.now() - extractStart) / 1000;
await store.close();
server.close();

const f1 = (outputs: Record<string, string>) => scoreOn(outputs, pages).f1.toFixed(3);
const same = pages.filter((p) => (fetched[p.id] ?? '') === saved[p.id]).length;
console.log(
  `bench:fetch ${pages.length} pages through one RSS feed on 127.0.0.1, per-host delay 0: ` +
    `${seconds.toFixed(2)} s (fetch, extract, store, group; load ${load}); extract alone on the saved files ${extractSeconds.toFixed(2)} s`,
);
console.log(
  `  stored ${summary.stored}, duplicates ${summary.duplicates}, no article ${summary.noArticle}, failed ${summary.failed}; ` +
    `${summary.storiesCreated} stories`,
);
const steps = [...timings].map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`).join(', ');
console.log(`  CPU ${cpuSeconds.toFixed(2)} s of this process (the local server included); steps: ${steps}`);
console.log(
  `  body F1: fetched ${f1(fetched)}, extract on the saved files ${f1(saved)}; identical text on ${same} of ${pages.length} pages`,
);
