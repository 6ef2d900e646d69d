// npx node bench/cluster-stage.ts: the CPU time of the cluster stage alone on the 982 ECB+ documents
// (cleaned, linked and segmented once, as bench/article-stages.ts does, then grouped in each round),
// split into its per-article reading (articleFeatures) and the grouping (groupFeatures: the online
// grouper, the refine passes, the merge, titles, keywords and topics), with a digest of the stories
// (membership, titles, keywords, topics) and one of the membership alone, so that a speed change can
// show it groups the same. Each round reads shallow copies of the segmented articles (the headline
// readings are cached per article object, and the pipeline's cluster stage is their first reader);
// times are this thread's CPU (process.threadCpuUsage). The first round is not counted.
//   npx node bench/cluster-stage.ts [--rounds 5]
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type Article, createContext, type SegmentedArticle } from '../src/model/index.ts';
import { clean } from '../src/stages/clean/index.ts';
import { articleFeatures, groupFeatures } from '../src/stages/cluster/index.ts';
import { ingest } from '../src/stages/ingest/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { syndicate } from '../src/stages/syndicate/index.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Math.max(1, Number(values.rounds));

const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const docs = loadEcbPlus();
const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify({ text: d.text })).join('\n'));
const ctx = createContext();
const raws = ingest()([{ path: 'ecbplus.jsonl', bytes }], ctx);
const [cleanOne, segmentOne] = [clean(), segment()];
const linked = syndicate()(
  raws.map((raw) => cleanOne(raw, ctx)),
  ctx,
).filter((a) => a.wordCount > 0);
const segmented: SegmentedArticle[] = linked.map((a: Article) => segmentOne(a, ctx));

function round() {
  const copies = segmented.map((doc) => ({ ...doc }));
  let start = cpuMs();
  const features = copies.map(articleFeatures);
  const featuresMs = cpuMs() - start;
  start = cpuMs();
  const stories = groupFeatures(features, copies);
  const groupMs = cpuMs() - start;
  return { featuresMs, groupMs, stories };
}

process.stdout.write(`cluster stage: ${segmented.length} ECB+ articles, ${rounds} rounds, load ${load()}\n`);
const first = round();
const stories = digest(first.stories);
const membership = digest(first.stories.map((s) => s.articleIds));
const times = { features: [] as number[], group: [] as number[], total: [] as number[] };
for (let r = 1; r <= rounds; r++) {
  const { featuresMs, groupMs, stories: out } = round();
  if (digest(out) !== stories) throw new Error(`round ${r} differs`);
  times.features.push(featuresMs);
  times.group.push(groupMs);
  times.total.push(featuresMs + groupMs);
}
for (const [part, list] of Object.entries(times)) {
  const ms = list.toSorted((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)] as number;
  process.stdout.write(
    `${part.padEnd(9)} CPU ms best ${(ms[0] as number).toFixed(0).padStart(5)}, median ${median.toFixed(0).padStart(5)}\n`,
  );
}
process.stdout.write(
  `${first.stories.length} stories; digest of the stories ${stories}, of their membership ${membership}\n`,
);
process.stdout.write(`load after: ${load()}\n`);
