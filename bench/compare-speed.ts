import { parseArgs } from 'node:util';
import {
  createContext,
  type Evidence,
  type SegmentedArticle,
  type StoryComparison,
  type StoryExtraction,
  type StoryGroup,
} from '../src/model/index.ts';
import { analyzeSteps, itemRunner } from '../src/pipeline.ts';
import { compare, corpusPrior } from '../src/stages/compare/index.ts';
import { checkCitations } from '../src/stages/compare/support/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { digestOf, loadLine, threadCpuMs } from './lib/measure.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '50,100,200,400' },
    'no-corpus': { type: 'boolean', default: false },
    'no-sizes': { type: 'boolean', default: false },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const sizes = (values.sizes as string).split(',').map(Number);

type StoryRun = {
  readonly input: { readonly story: StoryGroup; readonly articles: readonly SegmentedArticle[] };
  readonly extraction: StoryExtraction;
};

const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(30)} ${value}\n`);

// The stories of the documents as `analyze` finds them, with their segmented articles and the run's prior.
function storiesOf(texts: readonly string[]): {
  stories: StoryRun['input'][];
  prior: ReadonlyMap<string, number>;
} {
  const encoder = new TextEncoder();
  const files = [
    { path: 'docs.jsonl', bytes: encoder.encode(texts.map((text) => JSON.stringify({ text })).join('\n')) },
  ];
  const ctx = createContext();
  const steps = analyzeSteps(files, {}, ctx);
  const run = itemRunner({});
  let next = steps.next();
  while (!next.done) {
    const step = next.value;
    if (step.kind === 'story') return { stories: [...step.items], prior: step.prior };
    next = steps.next(run(step, ctx));
  }
  throw new Error('the pipeline ended before its stories');
}

// One story of every given document (no grouping), segmented as the pipeline does.
function oneStory(texts: readonly string[]): StoryRun['input'] {
  const files = [
    {
      path: 'docs.jsonl',
      bytes: new TextEncoder().encode(texts.map((text) => JSON.stringify({ text })).join('\n')),
    },
  ];
  const ctx = createContext();
  const steps = analyzeSteps(files, { cluster: { threshold: -1 } }, ctx);
  const run = itemRunner({});
  let next = steps.next();
  while (!next.done) {
    const step = next.value;
    if (step.kind === 'story') {
      const articles = step.items.flatMap((s) => s.articles);
      return {
        story: { id: 's1', title: '', articleIds: articles.map((a) => a.article.id), keywords: [] },
        articles,
      };
    }
    next = steps.next(run(step, ctx));
  }
  throw new Error('the pipeline ended before its stories');
}

// Compare each story once; CPU of compare and of the citation check apart, and the outputs.
function compareAll(runs: readonly StoryRun[], prior: ReadonlyMap<string, number>) {
  const compareStory = compare({ prior });
  const ctx = createContext();
  let compareCpu = 0;
  let checkCpu = 0;
  const outputs: { comparison: StoryComparison; check: unknown }[] = [];
  for (const run of runs) {
    // a fresh article list: the stages cache a story's readings by it, and each round must read anew
    const input = { ...run.input, articles: [...run.input.articles] };
    const extraction = run.extraction;
    let t = threadCpuMs();
    const comparison = compareStory({ ...input, ...extraction }, ctx);
    compareCpu += threadCpuMs() - t;
    t = threadCpuMs();
    const check = checkCitations(
      { ...input, ...extraction },
      comparison.facts.flatMap((f) =>
        f.evidence.slice(1).map((e) => [f.evidence[0] as Evidence, e] as const),
      ),
    );
    checkCpu += threadCpuMs() - t;
    outputs.push({ comparison, check });
  }
  return { compareCpu, checkCpu, outputs, issues: ctx.issues.length };
}

const extractAll = (stories: readonly StoryRun['input'][]): StoryRun[] => {
  const extractStory = extract();
  const ctx = createContext();
  return stories.map((input) => ({ input, extraction: extractStory(input, ctx) }));
};

const docs = loadEcbPlus();
process.stdout.write(`compare speed (node ${process.version}), load ${loadLine()}\n`);

if (!values['no-corpus']) {
  const { stories, prior } = storiesOf(docs.map((d) => d.text));
  const runs = extractAll(stories);
  let best: ReturnType<typeof compareAll> | undefined;
  for (let r = 0; r < rounds; r++) {
    const got = compareAll(runs, prior);
    if (best && digestOf(got.outputs) !== digestOf(best.outputs))
      throw new Error('compare is not repeatable');
    if (!best || got.compareCpu + got.checkCpu < best.compareCpu + best.checkCpu) best = got;
  }
  const b = best as ReturnType<typeof compareAll>;
  line(`ECB+: ${stories.length} stories`, `${docs.length} documents, best of ${rounds} rounds`);
  line('  compare CPU', `${b.compareCpu.toFixed(0)} ms`);
  line('  citation check CPU', `${b.checkCpu.toFixed(0)} ms`);
  line('  digest of the outputs', `${digestOf(b.outputs)} (${b.issues} issues)`);
  line('  load after', loadLine());
}

if (!values['no-sizes']) {
  // the largest topics first, so that a story holds look-alike articles; past 982, copies
  const byTopic = Map.groupBy(docs, (d) => d.topic);
  const ordered = [...byTopic.values()].sort((a, b) => b.length - a.length).flat();
  const textAt = (i: number) => {
    const d = ordered[i % ordered.length];
    return i < ordered.length
      ? (d?.text ?? '')
      : `${d?.text ?? ''}\n\n(copy ${Math.floor(i / ordered.length)})`;
  };
  const max = Math.max(...sizes);
  const all = oneStory(Array.from({ length: max }, (_, i) => textAt(i)));
  const prior = corpusPrior(all.articles);
  // facts × articles coverage marks and quotes × articles quote-matrix cells: the output itself grows
  // with the square of a story's size
  process.stdout.write(
    'articles   words      compare CPU ms   ms/article   citation check ms   facts   quotes   cells\n',
  );
  const rows: { n: number; words: number; ms: number }[] = [];
  const outputs: unknown[] = [];
  for (const n of sizes) {
    const articles = all.articles.slice(0, n);
    const input = { story: { ...all.story, articleIds: articles.map((a) => a.article.id) }, articles };
    const [run] = extractAll([input]);
    let best = Infinity;
    let bestCheck = Infinity;
    let size = { facts: 0, quotes: 0 };
    for (let r = 0; r < rounds; r++) {
      const got = compareAll([run as StoryRun], prior);
      if (r === 0) outputs.push(got.outputs);
      const comparison = got.outputs[0]?.comparison;
      size = { facts: comparison?.facts.length ?? 0, quotes: comparison?.quoteMatrix.length ?? 0 };
      best = Math.min(best, got.compareCpu);
      bestCheck = Math.min(bestCheck, got.checkCpu);
    }
    const words = articles.reduce((s, a) => s + a.article.wordCount, 0);
    rows.push({ n, words, ms: best });
    process.stdout.write(
      `${String(n).padStart(8)}   ${String(words).padStart(7)}   ${best.toFixed(0).padStart(14)}   ${(best / n).toFixed(2).padStart(10)}   ${bestCheck.toFixed(0).padStart(17)}   ${String(size.facts).padStart(5)}   ${String(size.quotes).padStart(6)}   ${String((size.facts + size.quotes) * n).padStart(7)}\n`,
    );
  }
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]] as [
      { n: number; words: number; ms: number },
      { n: number; words: number; ms: number },
    ];
    const exponent = (x: number, y: number) => (Math.log(b.ms / a.ms) / Math.log(y / x)).toFixed(2);
    line(
      `  growth exponent ${a.n}→${b.n}`,
      `${exponent(a.n, b.n)} in articles, ${exponent(a.words, b.words)} in words`,
    );
  }
  line('  digest of the outputs', digestOf(outputs));
  line('  load after', loadLine());
}
