// One size of the synthetic scale run in its own process (so its peak RSS is its own): args `<n>`;
// prints one JSON line {n, ms, rssMiB, stories, topics, candidates}. The n articles are copies of the
// ECB+ and NeuS documents' features: copy c of a document is dated 45 days after copy c-1 (a look-alike
// event later), and drops about a third of its lead terms and a tenth of its body terms (a reworded lead).
import { performance } from 'node:perf_hooks';
import type { ArticleFeatures } from '../../src/stages/cluster/features.ts';
import { articleFeatures, groupFeatures } from '../../src/stages/cluster/index.ts';
import { dayOf } from '../../src/stages/timeline/calendar.ts';
import { ecbSet, neusSet } from './cluster-data.ts';

const n = Number(process.argv[2]);
if (!(n > 0)) throw new Error('usage: cluster-scale-child.ts <articles>');
const sets = [ecbSet(), neusSet()].filter((s) => s !== null);
const sources = sets.flatMap((s) =>
  s.docs.map((d) => ({ features: articleFeatures(d), event: s.event.get(d.article.id) as string })),
);

let seed = 12345;
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const keep = (map: ReadonlyMap<string, number>, share: number) =>
  new Map([...map].filter(() => random() >= share));
const start2015 = dayOf(2015, 1, 1) as number;

const features: ArticleFeatures[] = [];
for (let i = 0; features.length < n; i++) {
  const copy = Math.floor(i / sources.length);
  const { features: f, event } = sources[i % sources.length] as (typeof sources)[number];
  const base = f.day ?? start2015 + (hash(event) % 1500);
  features.push({
    ...f,
    id: `x${copy}_${i % sources.length}`,
    day: base + copy * 45 + Math.floor(random() * 3),
    dateSource: { kind: 'published', from: 'synthetic' },
    lead: keep(f.lead, 0.3),
    body: keep(f.body, 0.1),
    names: new Map(f.names),
  });
}
const before = performance.now();
const stories = groupFeatures(features, []);
const ms = performance.now() - before;
process.stdout.write(
  `${JSON.stringify({
    n,
    ms: Math.round(ms),
    rssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    stories: stories.length,
    topics: new Set(stories.map((s) => s.topicId)).size,
  })}\n`,
);
