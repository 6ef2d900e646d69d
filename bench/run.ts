// npm run bench: speed and memory of `analyze` on the 982 ECB+ news documents, against bare
// wink-nlp tokenisation of the same text in the same run; per-stage times; compare on a 50-article story.
// The results are written to bench/results/latest.json (committed, so a regression shows in review),
// and each figure is printed against the previous committed run.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { createContext, type SegmentedArticle } from '../src/model/index.ts';
import { getNlp } from '../src/nlp/wink.ts';
import { analyze } from '../src/pipeline.ts';
import { countWords } from '../src/stages/clean/assemble.ts';
import { compare } from '../src/stages/compare/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { type BenchResults, compareResults, readPrevious, writeResults } from './lib/bench-results.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';

const RESULTS = new URL('results/latest.json', import.meta.url).pathname;

const docs = loadEcbPlus();
const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify({ text: d.text })).join('\n'));
const words = docs.reduce((sum, d) => sum + countWords(d.text), 0);
const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
const rate = (n: number, ms: number) => perSecond(n, ms).toLocaleString('en-US');

// Bare wink-nlp tokenisation: the floor any wink-based pipeline stands on.
const nlp = getNlp();
let start = performance.now();
let tokens = 0;
for (const doc of docs) tokens += nlp.readDoc(doc.text).tokens().length();
const winkMs = performance.now() - start;

const timings = new Map<string, number>();
const ctx = createContext({ now: new Date(), timings });
start = performance.now();
const report = analyze([{ path: 'ecbplus.jsonl', bytes }], {}, ctx);
const analyzeMs = performance.now() - start;
const rssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
const load = Number(loadavg()[0]?.toFixed(2));

// One 50-article story: the documents of the largest topics, taken together.
const byTopic = Map.groupBy(docs, (d) => d.topic);
const story = [...byTopic.values()]
  .sort((a, b) => b.length - a.length)
  .flat()
  .slice(0, 50);
const storyFiles = story.map((d, i) => ({
  path: `s${i}.json`,
  bytes: new TextEncoder().encode(JSON.stringify({ text: d.text })),
}));
const storyReport = analyze(storyFiles, { cluster: { threshold: -1 } }, createContext());
const storyCtx = createContext();
const segmentOne = segment();
const articles: SegmentedArticle[] = storyReport.articles.map((a) => segmentOne(a, storyCtx));
const input = {
  story: { id: 's1', title: '', articleIds: articles.map((a) => a.article.id), keywords: [] },
  articles,
};
start = performance.now();
const extraction = extract()(input, storyCtx);
const extractStoryMs = performance.now() - start;
start = performance.now();
compare()({ ...input, ...extraction }, storyCtx);
const compareMs = performance.now() - start;

const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(34)} ${value}\n`);
process.stdout.write(
  `parallax bench: ${docs.length} ECB+ documents, ${words.toLocaleString('en-US')} words (node ${process.version})\n`,
);
line('analyze, whole pipeline', `${(analyzeMs / 1000).toFixed(2)} s`);
line('  articles/s', rate(report.articles.length, analyzeMs));
line('  words/s', rate(words, analyzeMs));
line('  stories found', String(report.stories.length));
line('  peak RSS', `${rssMiB} MiB`);
line(
  'bare wink-nlp tokenisation',
  `${(winkMs / 1000).toFixed(2)} s, ${rate(words, winkMs)} words/s (${tokens} tokens)`,
);
line('analyze / bare tokenisation', `${(analyzeMs / winkMs).toFixed(2)}x the time`);
for (const [stage, ms] of timings)
  line(`  stage ${stage}`, `${ms.toFixed(0)} ms, ${rate(words, ms)} words/s`);
const storyWords = articles.reduce((sum, a) => sum + a.article.wordCount, 0);
line(
  '50-article story: extract',
  `${extractStoryMs.toFixed(0)} ms (${rate(storyWords, extractStoryMs)} words/s)`,
);
line(
  `${articles.length}-article story: compare`,
  `${compareMs.toFixed(0)} ms (${storyWords.toLocaleString('en-US')} words)`,
);

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    platform: process.platform,
    load,
  },
  node: process.version,
  corpus: { documents: docs.length, words },
  analyze: {
    seconds: Number((analyzeMs / 1000).toFixed(2)),
    articlesPerSecond: perSecond(report.articles.length, analyzeMs),
    wordsPerSecond: perSecond(words, analyzeMs),
    stories: report.stories.length,
    peakRssMiB: rssMiB,
  },
  tokenise: { seconds: Number((winkMs / 1000).toFixed(2)), wordsPerSecond: perSecond(words, winkMs) },
  ratioToTokenise: Number((analyzeMs / winkMs).toFixed(2)),
  stagesMs: Object.fromEntries([...timings].map(([stage, ms]) => [stage, Math.round(ms)])),
  story: {
    articles: articles.length,
    words: storyWords,
    extractMs: Math.round(extractStoryMs),
    compareMs: Math.round(compareMs),
  },
};
const previous = readPrevious(RESULTS);
if (previous) {
  process.stdout.write(
    `\nchange against the previous committed run (${previous.date}, ${previous.machine.cores} cores, node ${previous.node}):\n`,
  );
  for (const change of compareResults(previous, results)) process.stdout.write(`  ${change}\n`);
} else process.stdout.write('\nno previous committed run to compare with\n');
writeResults(RESULTS, results);
process.stdout.write(
  `results written to bench/results/latest.json (commit it with the change it measures)\n`,
);
