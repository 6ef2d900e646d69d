// npx node bench/cluster-stage.ts: the CPU time of the cluster stage alone on the 982 ECB+ documents
// (cleaned, linked and segmented once, as bench/article-stages.ts does, then grouped in each round),
// split into its per-article reading (articleFeatures) and the grouping (groupFeatures: the online
// grouper, the refine passes, the merge, titles, keywords and topics), with a digest of the stories
// (membership, titles, keywords, topics) and one of the membership alone, so that a speed change can
// show it groups the same. Each round reads shallow copies of the segmented articles (the headline
// readings are cached per article object, and the pipeline's cluster stage is their first reader);
// times are this thread's CPU (process.threadCpuUsage). The first round is not counted in the
// medians: it is printed alone, as what a cold command pays (the code not yet compiled).
//   npx node bench/cluster-stage.ts [--rounds 5]
import { parseArgs } from 'node:util';
import { type Article, createContext, type SegmentedArticle } from '../src/model/index.ts';
import { clean } from '../src/stages/clean/index.ts';
import { articleFeatures, groupFeatures } from '../src/stages/cluster/index.ts';
import { ingest } from '../src/stages/ingest/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { syndicate } from '../src/stages/syndicate/index.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { digestOf, loadLine, threadCpuMs } from './lib/measure.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Math.max(1, Number(values.rounds));

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
  let start = threadCpuMs();
  const features = copies.map(articleFeatures);
  const featuresMs = threadCpuMs() - start;
  start = threadCpuMs();
  const stories = groupFeatures(features, copies);
  const groupMs = threadCpuMs() - start;
  return { featuresMs, groupMs, stories };
}

process.stdout.write(
  `cluster stage: ${segmented.length} ECB+ articles, ${rounds} rounds, load ${loadLine()}\n`,
);
const first = round();
process.stdout.write(
  `first round (cold): features CPU ms ${first.featuresMs.toFixed(0)}, group ${first.groupMs.toFixed(0)}\n`,
);
const stories = digestOf(first.stories);
const membership = digestOf(first.stories.map((s) => s.articleIds));
const times = { features: [] as number[], group: [] as number[], total: [] as number[] };
for (let r = 1; r <= rounds; r++) {
  const { featuresMs, groupMs, stories: out } = round();
  if (digestOf(out) !== stories) throw new Error(`round ${r} differs`);
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
process.stdout.write(`load after: ${loadLine()}\n`);
