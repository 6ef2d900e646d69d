/**
 * Evaluate the summarize stage on NeuS / AllSides (../shared/datasets/neus_allsides/val.jsonl): each
 * story's three outlet excerpts (title + text) become three articles, run through segment → extract →
 * compare → summarize; Parallax's summary and a lead baseline (first sentences of the sources in turn,
 * same word budget) are scored against the editors' neutral summary (target.text) by ROUGE-1/2/L F1,
 * and the contested terms each summary uses in its own voice are counted; the R1 gain over lead is also
 * printed with its standard error over the paired stories (a gain within about two of it may be the
 * stories' luck). Even ids were used for development, odd ids are held out; both halves are printed.
 * While tuning, `--dev` runs and prints the development half only, `--dump FILE` writes its
 * summaries and targets as JSON lines, and `--compare FILE` sets its summaries against such an earlier
 * dump: the R1 change story by story with its standard error, the summaries changed, each half's change.
 * `--folds K` prints the dev gain over lead (and with `--compare`, the change) in each of K folds of
 * the dev stories with its spread (bench/lib/summary-folds.ts; `bench/summary-cv.ts` chooses among
 * dumps by cross-validation): a change is kept only when it holds on the folds. `--half A|B` runs one
 * half of the dev stories split by a hash of their id (`devHalf`): rules are written looking at half A
 * only and kept when half B gains too.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createContext, type Evidence } from '../src/model/index.ts';
import { readArticles } from '../src/pipeline.ts';
import { compare } from '../src/stages/compare/index.ts';
import { checkCitations, modalityOf } from '../src/stages/compare/support/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { summarize } from '../src/stages/summarize/index.ts';
import { wordCount } from '../src/stages/summarize/text.ts';
import { sharedPath } from '../test/shared.ts';
import { pairedDifference } from './lib/paired.ts';
import { rougeL, rougeN } from './lib/rouge.ts';
import { compareRuns, comparisonLine, type DumpedStory } from './lib/summary-compare.ts';
import { devHalf, foldChanges, foldLine, pairScores } from './lib/summary-folds.ts';
import { contestedCount, contestedInSense, lead } from './lib/summary-measures.ts';

interface NeusStory {
  id: string;
  sources: { title: string; text: string }[];
  target: { title: string; text: string };
}

const BUDGET = 60; // words; the editors' summaries have a median of 55
const file = sharedPath('datasets', 'neus_allsides', 'val.jsonl');
if (!existsSync(file)) {
  console.log(`eval:summary skipped: ${file} not found (set PARALLAX_SHARED)`);
  process.exit(0);
}
const devOnly = process.argv.includes('--dev');
const dumpAt = process.argv.indexOf('--dump');
const dumpFile = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
const compareAt = process.argv.indexOf('--compare');
const compareFile = compareAt > 0 ? process.argv[compareAt + 1] : undefined;
const foldsAt = process.argv.indexOf('--folds');
const folds = foldsAt > 0 ? Number(process.argv[foldsAt + 1]) : 0;
const halfOf = (id: string): 'dev' | 'held-out' =>
  Number(id.split('-').pop()) % 2 === 0 ? 'dev' : 'held-out';
const halfAt = process.argv.indexOf('--half');
const devPart = halfAt > 0 ? process.argv[halfAt + 1] : undefined;
if (devPart !== undefined && (!devOnly || (devPart !== 'A' && devPart !== 'B'))) {
  console.error('eval:summary: --half takes A or B, with --dev');
  process.exit(2);
}
const stories: NeusStory[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as NeusStory)
  .filter((s) => !devOnly || halfOf(s.id) === 'dev')
  .filter((s) => devPart === undefined || devHalf(s.id) === devPart);
const dump: string[] = [];

const ctx = createContext();
const segmentOne = segment();
const runExtract = extract();
const runCompare = compare();
const runSummarize = summarize({ words: BUDGET });
type Row = {
  id: string;
  half: 'dev' | 'held-out';
  system: string;
  r1: number;
  r2: number;
  rl: number;
  contested: number;
  inSense: number;
  words: number;
};
const rows: Row[] = [];
const sentences = { total: 0, cited: 0, articles: 0, pairs: 0, holding: 0, stories: 0, happenedFirst: 0 };
const headlines: { half: 'dev' | 'held-out'; system: string; r1: number; rl: number; contested: number }[] =
  [];
for (const story of stories) {
  const bytes = new TextEncoder().encode(story.sources.map((s) => JSON.stringify(s)).join('\n'));
  const docs = readArticles([{ path: `${story.id}.jsonl`, bytes }], {}, ctx).map((a) => segmentOne(a, ctx));
  const input = {
    story: {
      id: story.id,
      title: story.target.title,
      articleIds: docs.map((d) => d.article.id),
      keywords: [],
      topicId: story.id,
    },
    articles: docs,
  };
  const extraction = runExtract(input, ctx);
  const comparison = runCompare({ ...input, ...extraction }, ctx);
  const summary = runSummarize({ ...input, ...extraction, ...comparison }, ctx);
  const half = halfOf(story.id);
  for (const sentence of summary.summary) {
    const texts = new Map(docs.map((d) => [d.article.id, d.article.text]));
    const valid = sentence.citations.filter(
      (e) => e.span.start < e.span.end && e.span.end <= (texts.get(e.articleId) ?? '').length,
    );
    sentences.total++;
    if (valid.length) sentences.cited++;
    sentences.articles += new Set(valid.map((e) => e.articleId)).size;
  }
  // every cited supporter holds the sentence's numbers and dates; the first sentence tells what happened
  const check = checkCitations(
    { ...input, ...extraction },
    summary.summary.flatMap((s) => s.citations.slice(1).map((e) => [s.citations[0] as Evidence, e] as const)),
  );
  sentences.pairs += check.pairs;
  sentences.holding += check.holding;
  const first = summary.summary[0]?.citations[0];
  const firstSentence = docs
    .find((d) => d.article.id === first?.articleId)
    ?.sentences.find((s) => first && s.start <= first.span.start && first.span.start < s.end);
  if (firstSentence) {
    sentences.stories++;
    if (modalityOf(firstSentence.tokens).modality === 'happened') sentences.happenedFirst++;
  }
  const systems: [string, string][] = [
    ['parallax', summary.summary.map((s) => s.text).join(' ')],
    ['lead', lead(docs, BUDGET)],
  ];
  const titles: [string, string][] = [
    ['parallax', summary.headline ?? ''],
    ['first-title', story.sources[0]?.title ?? ''],
  ];
  if ((dumpFile || compareFile) && half === 'dev')
    dump.push(
      JSON.stringify({
        id: story.id,
        r1: rougeN(systems[0]?.[1] ?? '', story.target.text, 1).f1,
        lead: rougeN(systems[1]?.[1] ?? '', story.target.text, 1).f1,
        headline: summary.headline,
        summary: summary.summary.map((s) => ({ text: s.text, cites: s.citations.map((e) => e.articleId) })),
        target: story.target.text,
        sources: docs.map((d) => d.sentences.map((s) => d.article.text.slice(s.start, s.end))),
      }),
    );
  for (const [system, text] of titles)
    headlines.push({
      half,
      system,
      r1: rougeN(text, story.target.title, 1).f1,
      rl: rougeL(text, story.target.title).f1,
      contested: contestedCount(text),
    });
  for (const [system, text] of systems) {
    rows.push({
      id: story.id,
      half,
      system,
      r1: rougeN(text, story.target.text, 1).f1,
      r2: rougeN(text, story.target.text, 2).f1,
      rl: rougeL(text, story.target.text).f1,
      contested: contestedCount(text),
      inSense: contestedInSense(text),
      words: wordCount(text),
    });
  }
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
console.log(
  `eval:summary NeuS/AllSides val${devPart ? ` (dev half ${devPart})` : ''}: ${stories.length} stories, budget ${BUDGET} words; ROUGE F1 on lower-cased [a-z0-9] tokens, no stemming; contested = lexicon terms outside quotes per summary (in sense: a term with a plain sense too counted only in its contested one)`,
);
if (dumpFile) writeFileSync(dumpFile, `${dump.join('\n')}\n`);
if (compareFile) {
  const read = (lines: readonly string[]) => lines.filter(Boolean).map((l) => JSON.parse(l) as DumpedStory);
  const [earlier, now] = [read(readFileSync(compareFile, 'utf8').split('\n')), read(dump)];
  console.log(comparisonLine(`dev against ${compareFile}`, compareRuns(earlier, now)));
  // each hash half on its own, so one run shows whether a rule written on A holds on B
  if (!devPart)
    for (const h of ['A', 'B'] as const) {
      const part = (runs: readonly DumpedStory[]) => runs.filter((r) => devHalf(r.id) === h);
      console.log(
        comparisonLine(`dev half ${h} against ${compareFile}`, compareRuns(part(earlier), part(now))),
      );
    }
  if (folds)
    console.log(foldLine(`dev against ${compareFile}`, foldChanges(pairScores(now, earlier), folds)));
}
const halves = devOnly ? (['dev'] as const) : (['dev', 'held-out', 'all'] as const);
for (const half of halves) {
  for (const system of ['parallax', 'lead']) {
    const sel = rows.filter((r) => r.system === system && (half === 'all' || r.half === half));
    console.log(
      `${half.padEnd(8)} ${system.padEnd(8)} n=${String(sel.length).padEnd(3)} R1 ${mean(sel.map((r) => r.r1)).toFixed(3)}  R2 ${mean(sel.map((r) => r.r2)).toFixed(3)}  RL ${mean(sel.map((r) => r.rl)).toFixed(3)}  contested/summary ${mean(sel.map((r) => r.contested)).toFixed(2)} (in sense ${mean(sel.map((r) => r.inSense)).toFixed(2)})  words ${mean(sel.map((r) => r.words)).toFixed(1)}`,
    );
  }
}
// the gain over lead story by story: its mean is the difference of the two R1 lines above
for (const half of halves) {
  const r1Of = (system: string) =>
    rows.filter((r) => r.system === system && (half === 'all' || r.half === half)).map((r) => r.r1);
  const gain = pairedDifference(r1Of('parallax'), r1Of('lead'));
  console.log(
    `${half.padEnd(8)} parallax − lead R1 ${gain.mean >= 0 ? '+' : ''}${gain.mean.toFixed(3)} (standard error ${gain.standardError.toFixed(3)} over ${gain.n} paired stories)`,
  );
}
if (folds) {
  const dev = (system: string) => rows.filter((r) => r.system === system && r.half === 'dev');
  console.log(
    foldLine('dev      parallax − lead R1', foldChanges(pairScores(dev('parallax'), dev('lead')), folds)),
  );
}
console.log(
  `summary sentences: ${sentences.total}, with a valid citation ${((100 * sentences.cited) / sentences.total).toFixed(1)}%, articles cited per sentence ${(sentences.articles / sentences.total).toFixed(2)} (of 3); cited supporters holding every number and date ${sentences.holding}/${sentences.pairs}; first sentence told as happened ${((100 * sentences.happenedFirst) / Math.max(1, sentences.stories)).toFixed(1)}%`,
);
console.log("headline vs the editors' headline (target.title); baseline: the first source's title");
for (const half of halves) {
  for (const system of ['parallax', 'first-title']) {
    const sel = headlines.filter((r) => r.system === system && (half === 'all' || r.half === half));
    console.log(
      `${half.padEnd(8)} ${system.padEnd(11)} n=${String(sel.length).padEnd(3)} R1 ${mean(sel.map((r) => r.r1)).toFixed(3)}  RL ${mean(sel.map((r) => r.rl)).toFixed(3)}  contested/headline ${mean(sel.map((r) => r.contested)).toFixed(2)}`,
    );
  }
}
