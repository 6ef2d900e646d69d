// The store's online grouping on the development halves (`eval:cluster` measures `analyze`'s batch
// grouping only): each dev half stored in an in-memory SQLite store, `--step N` articles per ingest
// (default: all in one ingest), its stories scored against the gold events by
// B-cubed P/R/F1 (input in a seeded shuffled order). Run: `PARALLAX_SHARED=/work/shared npx node bench/eval-store-grouping.ts [--step N] [--seed N] [--unsettled]` (the shuffle's seed, default 1).
// Each ingest is one `ingest` command's (or one `fetch` run's, a watch's poll): its grouping step settles
// the window; with `--unsettled`, each is placed without settling, as `fetch` and `watch` placed a poll's
// articles before session 39 (and as the old runs of this bench placed all but an ingest's last).
// Stored articles are matched back to their gold story by their text (the store keeps a copy once,
// and a text the clean stage reshaped may not match: both are counted as unmatched). Dev halves only.
import { readFileSync } from 'node:fs';
import { createContext } from '../src/model/index.ts';
import { openStore } from '../src/store/index.ts';
import { ingestInto } from '../src/store/ingest/index.ts';
import { sharedPath } from '../test/shared.ts';
import { bcubed } from './lib/bcubed.ts';
import { shuffled } from './lib/cluster-data.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';

const at = process.argv.indexOf('--step');
const STEP = at > 0 ? Number(process.argv[at + 1]) : Number.POSITIVE_INFINITY;
const seedAt = process.argv.indexOf('--seed');
const SEED = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;
// each ingest one grouping step of its articles, not settled (`groupEvery` 1: no last step is left)
const UNSETTLED = process.argv.includes('--unsettled');

const letters = (t: string) => t.toLowerCase().replace(/[^a-z]+/g, '');

async function storeRun(name: string, given: readonly Record<string, string>[], labels: readonly string[]) {
  // (a seeded shuffle: ECB+'s own order is sorted by topic, which helps an order-dependent grouping)
  const order = shuffled(
    given.map((_, i) => i),
    SEED,
  );
  const records = order.map((i) => given[i] as Record<string, string>);
  const gold = order.map((i) => labels[i] as string);
  const store = await openStore(':memory:');
  const raws = records.map((r, i) => [letters(`${r.title ?? ''} ${r.text}`), gold[i] as string] as const);
  const start = performance.now();
  const step = Math.min(STEP, records.length);
  for (let i = 0; i < records.length; i += step) {
    const files = records.slice(i, i + step).map((r, j) => ({
      path: `d${i + j}.json`,
      bytes: new TextEncoder().encode(JSON.stringify(r)),
    }));
    await ingestInto(
      store,
      files,
      UNSETTLED ? { groupEvery: 1 } : {},
      createContext({ now: new Date('2026-12-05T00:00:00Z') }),
    );
  }
  const seconds = (performance.now() - start) / 1000;
  const predicted = new Map<string, string>();
  const event = new Map<string, string>();
  let unmatched = 0;
  for await (const { article, storyId } of store.articles()) {
    const key = letters(article.text).slice(0, 150);
    const found = raws.find(([raw]) => raw.includes(key));
    if (!found) {
      unmatched++;
      continue;
    }
    predicted.set(article.id, storyId ?? 'none');
    event.set(article.id, found[1]);
  }
  await store.close();
  const r = bcubed(predicted, event);
  const f = (x: number) => x.toFixed(3);
  process.stdout.write(
    `${name.padEnd(10)} ${String(new Set(predicted.values()).size).padStart(4)} stories  event B3 ${f(r.precision)} / ${f(r.recall)} / ${f(r.f1)}  (${predicted.size} articles scored, ${unmatched} unmatched; ${seconds.toFixed(0)} s)\n`,
  );
}

process.stdout.write(
  `the store's grouping, ${Number.isFinite(STEP) ? `${STEP} articles` : 'all'} per ${UNSETTLED ? 'ingest, not settled' : 'ingest'}\n`,
);
const ecb = loadEcbPlus().filter((d) => (d.topic as number) % 2 === 0);
await storeRun(
  'ECB+ dev',
  ecb.map((d) => ({ text: d.text as string })),
  ecb.map((d) => d.event_cluster as string),
);
const neus = readFileSync(sharedPath('datasets', 'neus_allsides', 'val.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; sources: { title: string; text: string }[] })
  .filter((s) => Number(s.id.split('-').pop()) % 2 === 0);
const excerpts = neus.flatMap((s) =>
  s.sources.filter((x) => x.text.trim()).map((x) => ({ story: s.id, title: x.title, text: x.text })),
);
await storeRun(
  'NeuS dev',
  excerpts.map(({ title, text }) => ({ title, text })),
  excerpts.map((x) => x.story),
);
