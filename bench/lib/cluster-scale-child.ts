// One size of the synthetic scale run in its own process (so its peak RSS is its own): args `<n>
// [batch|online]`; prints one JSON line {n, mode, ms, cpuMs, rssMiB, stories, topics, maxStory, p99Story,
// maxCopies, p99Copies, b3}: b3 is B-cubed [P, R, F1] against each copy of a source event as its own
// story. Batch is what `analyze` does (`batchGroupOf`: date order, ties by a seeded hash of the content,
// a strict first pass, then consolidate); online is what the store does on ingest (each article placed
// once on arrival, in date order, at the default threshold, nothing re-placed). The n articles are copies of the ECB+ and NeuS documents' features:
// copy c of a document is dated 45 days after copy c-1 (a look-alike event later), and drops about a
// third of its lead terms and a tenth of its body terms (a reworded lead).
import { performance } from 'node:perf_hooks';
import type { ArticleFeatures } from '../../src/stages/cluster/features.ts';
import {
  articleFeatures,
  batchGroupOf,
  createGrouper,
  type Grouper,
  storiesOf,
} from '../../src/stages/cluster/index.ts';
import { dayOf } from '../../src/text/dates/days.ts';
import { bcubed } from './bcubed.ts';
import { ecbSet, neusSet } from './cluster-data.ts';

const n = Number(process.argv[2]);
const mode = process.argv[3] ?? 'batch';
if (!(n > 0) || (mode !== 'batch' && mode !== 'online'))
  throw new Error('usage: cluster-scale-child.ts <articles> [batch|online]');
const sets = [ecbSet(), neusSet()].filter((s) => s !== null);
const sources = sets.flatMap((s) =>
  s.docs.map((d) => ({ features: articleFeatures(d), event: s.event.get(d.article.id) as string })),
);

// A seeded generator per article, so that an article can be made again, alike, when it is placed.
const randomFor = (index: number) => {
  let seed = (index * 2654435761) >>> 0;
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
};
const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const start2015 = dayOf(2015, 1, 1) as number;
const dayOfCopy = (i: number) => {
  const { features: f, event } = sources[i % sources.length] as (typeof sources)[number];
  const base = f.day ?? start2015 + (hash(event) % 1500);
  return base + Math.floor(i / sources.length) * 45 + Math.floor(randomFor(i)() * 3);
};
// The i-th synthetic article, made on demand (the grouper keeps only its packed form).
function make(i: number): ArticleFeatures {
  const random = randomFor(i);
  random();
  const keep = (map: ReadonlyMap<string, number>, share: number) =>
    new Map([...map].filter(() => random() >= share));
  const f = (sources[i % sources.length] as (typeof sources)[number]).features;
  return {
    ...f,
    id: `x${Math.floor(i / sources.length)}_${i % sources.length}`,
    day: dayOfCopy(i),
    dateSource: { kind: 'published', from: 'synthetic' },
    lead: keep(f.lead, 0.3),
    body: keep(f.body, 0.1),
    names: new Map(f.names),
  };
}

// What groupFeatures does, without holding every article's features at once.
const before = performance.now();
const cpuBefore = process.cpuUsage();
let grouper: Grouper;
if (mode === 'batch') grouper = batchGroupOf({ count: n, at: make });
else {
  grouper = createGrouper();
  for (let i = 0; i < n; i++) grouper.observe(make(i));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dayOfCopy(a) - dayOfCopy(b) || a - b);
  for (const i of order) grouper.place(make(i));
}
const stories = storiesOf(grouper, new Map());
const ms = performance.now() - before;
const cpu = process.cpuUsage(cpuBefore);
// story sizes, and how many copies (45 days apart; the id's `x<copy>_` prefix) a story holds: chaining,
// copies joining one by one, shows as a few huge stories holding every copy of an event
const p99 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? 0;
};
const largest = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);
const sizes = stories.map((s) => s.articleIds.length);
// B-cubed against the copies' events: each copy of a source event (45 days after the last) its own story
const predicted = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
const gold = new Map(
  [...predicted.keys()].map((id) => {
    const [copy, source] = id.slice(1).split('_').map(Number) as [number, number];
    return [id, `${(sources[source] as (typeof sources)[number]).event}#${copy}`] as const;
  }),
);
const quality = bcubed(predicted, gold);
const copies = stories.map((s) => new Set(s.articleIds.map((id) => id.slice(0, id.indexOf('_')))).size);
process.stdout.write(
  `${JSON.stringify({
    n,
    mode,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    stories: stories.length,
    topics: new Set(stories.map((s) => s.topicId)).size,
    maxStory: largest(sizes),
    p99Story: p99(sizes),
    maxCopies: largest(copies),
    p99Copies: p99(copies),
    b3: [quality.precision, quality.recall, quality.f1].map((x) => Math.round(x * 1000) / 1000),
  })}\n`,
);
