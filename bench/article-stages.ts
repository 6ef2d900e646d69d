import { parseArgs } from 'node:util';
import { type Article, createContext, type StoryExtraction } from '../src/model/index.ts';
import { clean } from '../src/stages/clean/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { ingest } from '../src/stages/ingest/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { syndicate } from '../src/stages/syndicate/index.ts';
import { timeline } from '../src/stages/timeline/index.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { digestOf, loadLine, threadCpuMs } from './lib/measure.ts';

const STAGES = ['clean', 'syndicate', 'segment', 'extract', 'timeline'] as const;
type StageName = (typeof STAGES)[number];

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    stages: { type: 'string', default: STAGES.join(',') },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const wanted = new Set((values.stages as string).split(','));

const docs = loadEcbPlus();
const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify({ text: d.text })).join('\n'));
const ctx = createContext();
const raws = ingest()([{ path: 'ecbplus.jsonl', bytes }], ctx);

const [cleanOne, link, segmentOne, extractStory, dateStory] = [
  clean(),
  syndicate(),
  segment(),
  extract(),
  timeline(),
];

// The stories: the ingested articles (one per document, in order) of each ECB+ subtopic.
const groups = [...Map.groupBy(raws, (_, i) => docs[i]?.subtopic ?? '').values()].map((members, i) => ({
  id: `s${i + 1}`,
  articleIds: members.map((raw) => raw.id),
}));

// One round of every stage; the later stages read this round's own output, so nothing is cached.
function round() {
  const cpu = new Map<StageName, number>();
  const outputs = new Map<StageName, unknown>();
  const timed = <T>(stage: StageName, step: () => T): T => {
    const start = threadCpuMs();
    const out = step();
    cpu.set(stage, (cpu.get(stage) ?? 0) + threadCpuMs() - start);
    outputs.set(stage, out);
    return out;
  };
  const roundCtx = createContext();
  const cleaned = timed('clean', () => raws.map((raw) => cleanOne(raw, roundCtx)));
  outputs.set('clean', { articles: cleaned, issues: [...roundCtx.issues] });
  const linked = timed('syndicate', () => link(cleaned, roundCtx)).filter((a) => a.wordCount > 0);
  const segmented = timed('segment', () => linked.map((a: Article) => segmentOne(a, roundCtx)));
  const byId = new Map(segmented.map((doc) => [doc.article.id, doc]));
  const inputs = groups.map((group) => {
    const articles = group.articleIds.flatMap((id) => byId.get(id) ?? []);
    const articleIds = articles.map((doc) => doc.article.id);
    return { story: { id: group.id, title: '', articleIds, keywords: [] }, articles };
  });
  if (wanted.has('extract') || wanted.has('timeline')) {
    const extractions = timed('extract', () => inputs.map((input) => extractStory(input, roundCtx)));
    if (wanted.has('timeline'))
      timed('timeline', () =>
        inputs.map((input, i) => dateStory({ ...input, ...(extractions[i] as StoryExtraction) }, roundCtx)),
      );
  }
  return { cpu, outputs };
}

process.stdout.write(`article stages: ${docs.length} ECB+ documents, ${rounds} rounds, load ${loadLine()}\n`);
const first = round();
const digests = new Map([...first.outputs].map(([stage, out]) => [stage, digestOf(out)]));
const times = new Map<StageName, number[]>();
// the first round (compiling the stages, loading wink) is not counted
for (let r = 1; r <= rounds; r++) {
  const { cpu, outputs } = round();
  for (const [stage, ms] of cpu) times.set(stage, [...(times.get(stage) ?? []), ms]);
  for (const [stage, out] of outputs)
    if (digestOf(out) !== digests.get(stage)) throw new Error(`${stage}: round ${r} differs`);
}
for (const stage of STAGES) {
  const ms = (times.get(stage) ?? []).toSorted((a, b) => a - b);
  if (!ms.length) continue;
  const median = ms[Math.floor(ms.length / 2)] as number;
  process.stdout.write(
    `${stage.padEnd(10)} CPU ms best ${(ms[0] as number).toFixed(0).padStart(5)}, median ${median
      .toFixed(0)
      .padStart(5)}  digest ${digests.get(stage)}\n`,
  );
}
process.stdout.write(`load after: ${loadLine()}\n`);
