// npm run bench:serve: the web app's server time over a big store. Builds (or reuses) a SQLite store
// of the synthetic feed of bench:store (../shared's ECB+ and NeuS articles, copied with shifted dates
// and reworded leads; nothing written to the repository), computes the reports of the stories it
// will open, then times the app's answers in this process with `app.request` (the handler, the store
// and the rendering; no network): the list page (plain and filtered), the story page, the article
// page and the search page, asked for again and again (the app keeps the pages of unchanged stories),
// and the first view of each story and article page (a new app: the story page's piece stored with
// its report, or its stored report, read and rendered). Prints p50/p95 per page, wall clock and CPU
// time (the CPU time is this process's work alone, whatever else the machine runs), the store's size,
// and the story page pieces' size and whether the page from each is the page of its whole report.
// Arguments: the store's size in articles (default 10000); `--db <file>` keeps the store there and
// reuses it (default: a file of that size in the temp folder); `--no-story` leaves the story pages
// out; `--max-articles N` opens no story of more than N articles.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createContext } from '../src/model/index.ts';
import { createApp } from '../src/server/index.ts';
import { storyPage } from '../src/server/views/story.ts';
import { openStore } from '../src/store/index.ts';
import { ingestInto, storyReport } from '../src/store/ingest/index.ts';
import { sharedPath } from '../test/shared.ts';
import { storeFeed } from './lib/store-data.ts';

const args = process.argv.slice(2);
const dbAt = args.indexOf('--db');
const capAt = args.indexOf('--max-articles');
const size = Number(
  args.find((a, i) => /^\d+$/.test(a) && (dbAt < 0 || i !== dbAt + 1) && (capAt < 0 || i !== capAt + 1)) ??
    10_000,
);
const location = dbAt >= 0 ? (args[dbAt + 1] as string) : join(tmpdir(), `parallax-bench-serve-${size}.db`);
const STORIES = 40; // story pages opened
// `--max-articles N`: open no story of more than N articles (a chained story of 1,590 articles took
// minutes to compute its report at 100k); every story when left out
const maxArticles = capAt >= 0 ? Number(args[capAt + 1]) : Number.POSITIVE_INFINITY;
const ROUNDS = 5; // times each page is asked for, after one warm-up round

if (!existsSync(sharedPath('.'))) {
  process.stdout.write(`bench:serve skipped: no ${sharedPath('.')} (the synthetic feed is made from it)\n`);
  process.exit(0);
}
const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

const store = await openStore(location);
let stats = await store.stats();
// a store built before is reused as it is (the feed's duplicates make it hold a little fewer than asked)
if (stats.articles === 0) {
  const feed = storeFeed(size);
  const started = performance.now();
  function* files() {
    for (let from = 0; from < size; from += 1000) yield* feed.files(from, Math.min(size, from + 1000));
  }
  await ingestInto(
    store,
    files(),
    {
      totalFiles: size,
      onBatch: (p) => process.stderr.write(`\rbuilding the store: ${p.files}/${size} articles`),
    },
    createContext({ now: new Date('2026-01-01T00:00:00Z') }),
  );
  process.stderr.write(`\rbuilt the store in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  stats = await store.stats();
}

// the stories opened: the biggest of the newest 500 and an even spread of the rest
const newest = await store.stories({ limit: 500 });
const listed = newest.filter((s) => s.articleCount <= maxArticles);
const biggest = [...listed].sort((a, b) => b.articleCount - a.articleCount).slice(0, STORIES / 2);
const spread = listed.filter((_, i) => i % Math.floor(listed.length / (STORIES / 2)) === 0);
const chosen = [...new Map([...biggest, ...spread].map((s) => [s.id, s])).values()].slice(0, STORIES);
const computeMs: number[] = [];
for (const [i, story] of chosen.entries()) {
  const t = performance.now();
  await storyReport(store, story.id, {}, createContext({ now: new Date() }));
  computeMs.push(performance.now() - t);
  process.stderr.write(
    `report ${i + 1}/${chosen.length}: ${story.articleCount} articles, ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
  );
}
const articleIds = (await Promise.all(chosen.map((s) => store.storyArticleIds([s.id])))).map(
  (m) => [...m.values()][0]?.[0] as string,
);
const outlets = [...new Set(newest.flatMap((s) => s.outlets))].slice(0, 20);
// the list's later pages, as its "Older stories" links give them (a cursor after each page's last story)
const deepPages: string[] = [];
for (let at = 49; at < newest.length; at += 50) {
  const last = newest[at] as (typeof newest)[number];
  deepPages.push(`/?after=${encodeURIComponent(`${last.updatedAt}~${last.id}`)}`);
}
const topics = [...new Set(newest.map((s) => s.topicId).filter((t): t is string => t !== null))].slice(0, 20);
const queries = readFileSync(new URL('./data/store-queries.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 100);

const { app } = createApp({ store });
// Wall-clock and CPU milliseconds of each answer: on a busy machine the wall clock counts the time
// other processes took, the CPU time only this one's work (the app answers in this process).
interface Times {
  readonly wall: number[];
  readonly cpu: number[];
}
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
async function time(paths: readonly string[]): Promise<Times> {
  const times: Times = { wall: [], cpu: [] };
  for (let round = 0; round <= ROUNDS; round++)
    for (const path of paths) {
      const [t, c] = [performance.now(), process.cpuUsage()];
      const res = await app.request(path);
      await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (round > 0) {
        times.wall.push(performance.now() - t);
        times.cpu.push(cpuMs(c));
      }
    }
  return times;
}
const pages: [string, string[]][] = [
  ['list (50 newest stories)', Array.from({ length: 40 }, () => '/')],
  [
    'list, filtered',
    [
      ...outlets.map((o) => `/?outlet=${encodeURIComponent(o)}`),
      ...topics.map((t) => `/?topic=${t}`),
      '/?since=2018-01-01',
    ],
  ],
  ['list, later pages', deepPages],
  ['article page', articleIds.map((id) => `/articles/${id}`)],
  ['search page', queries.map((q) => `/?q=${encodeURIComponent(q)}`)],
  ['story page', chosen.map((s) => `/stories/${s.id}`)],
  [
    'story part page',
    chosen.flatMap((s) => [`/stories/${s.id}/quotes`, `/stories/${s.id}/coverage?from=20`]),
  ],
];
const sizes = chosen.map((s) => s.articleCount).sort((a, b) => a - b);
process.stdout.write(
  `store: SQLite ${location}, ${stats.articles} articles, ${stats.stories} stories, ${(stats.bytes / 2 ** 20).toFixed(0)} MiB\n` +
    `stories opened: ${chosen.length} (${sizes[0]}-${sizes.at(-1)} articles, median ${quantile(sizes, 0.5)}${maxArticles < Number.POSITIVE_INFINITY ? `; none over ${maxArticles}: ${newest.length - listed.length} of the newest ${newest.length} left out` : ''}); report computed when first opened: p50 ${quantile(computeMs, 0.5).toFixed(0)} ms, max ${Math.max(...computeMs).toFixed(0)} ms (then stored)\n` +
    'page                          requests   p50 ms   p95 ms   max ms   CPU p50   CPU p95\n',
);
const row = (name: string, { wall, cpu }: Times) => {
  const cell = (x: number) => x.toFixed(1).padStart(6);
  process.stdout.write(
    `${name.padEnd(28)}  ${String(wall.length).padStart(8)}   ${cell(quantile(wall, 0.5))}   ${cell(quantile(wall, 0.95))}   ${cell(Math.max(...wall))}    ${cell(quantile(cpu, 0.5))}    ${cell(quantile(cpu, 0.95))}\n`,
  );
};
// the pages asked again and again (the app keeps the pages of unchanged stories), the story page last
const storyPages = !args.includes('--no-story');
for (const [name, paths] of pages) if (storyPages || name !== 'story page') row(name, await time(paths));
// first views: a new app (empty caches) for each page, so the stored report is read and rendered
async function cold(paths: readonly string[]): Promise<Times> {
  const times: Times = { wall: [], cpu: [] };
  for (const path of paths) {
    const fresh = createApp({ store }).app;
    const [t, c] = [performance.now(), process.cpuUsage()];
    const res = await fresh.request(path);
    await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    times.wall.push(performance.now() - t);
    times.cpu.push(cpuMs(c));
  }
  return times;
}
row('article page, first view', await cold(articleIds.map((id) => `/articles/${id}`)));
if (storyPages) {
  row('story page, first view', await cold(chosen.map((s) => `/stories/${s.id}`)));
  const kb: number[] = [];
  for (const s of chosen) kb.push((await (await app.request(`/stories/${s.id}`)).text()).length / 1024);
  process.stdout.write(
    `story page HTML: median ${quantile(kb, 0.5).toFixed(0)} KiB, max ${Math.max(...kb).toFixed(0)} KiB\n`,
  );
  // what a first view read: the piece stored with each report (written on the first view of a store
  // made before pieces), and the page it renders against the page of the whole report
  const [pieceKb, reportKb] = [[] as number[], [] as number[]];
  let same = 0;
  for (const s of chosen) {
    const [found, piece] = await Promise.all([store.story(s.id, { articles: false }), store.storyPage(s.id)]);
    if (!(found?.report && piece)) continue;
    const whole = storyPage(found.story, found.report);
    if (storyPage(found.story, piece.report, piece.limits, piece.totals) === whole) same++;
    pieceKb.push(JSON.stringify(piece).length / 1024);
    reportKb.push(JSON.stringify(found.report).length / 1024);
  }
  process.stdout.write(
    `story page pieces: ${pieceKb.length} of ${chosen.length} stories, median ${quantile(pieceKb, 0.5).toFixed(0)} KiB, max ${Math.max(...pieceKb).toFixed(0)} KiB ` +
      `(their reports: median ${quantile(reportKb, 0.5).toFixed(0)} KiB, max ${Math.max(...reportKb).toFixed(0)} KiB); ` +
      `page from the piece identical to the page from the whole report: ${same} of ${pieceKb.length}\n`,
  );
}
process.stdout.write(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);
await store.close();
