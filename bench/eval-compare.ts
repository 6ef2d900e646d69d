/**
 * Evaluate the compare stage on NeuS / AllSides (../shared/datasets/neus_allsides/val.jsonl): each
 * story's three outlet excerpts become three articles; the facts Parallax marks as shared by at
 * least two outlets are scored against the editors' neutral summary by content-word recall and
 * precision (sets of stems), beside a lead-sentences baseline and the all-text ceiling, on two halves
 * (even ids tune, odd ids held out). Recall is averaged over all stories (0 where no fact is
 * shared), precision over the stories with shared facts. Then times compare on 50-article stories.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, type Evidence, type SegmentedArticle, type StoryInput } from '../src/model/index.ts';
import { readArticles } from '../src/pipeline.ts';
import { SUBORDINATORS } from '../src/stages/compare/data/clause-words.ts';
import { compare } from '../src/stages/compare/index.ts';
import { checkCitations } from '../src/stages/compare/support/index.ts';
import { articleFromText, segmentAll } from '../src/stages/extract/from-text.ts';
import { extract } from '../src/stages/extract/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { stem } from '../src/text/normalise.ts';
import { sharedPath } from '../test/shared.ts';

interface NeusStory {
  id: string;
  sources: { title: string; text: string }[];
  target: { title: string; text: string };
}

const ctx = createContext();
const file = sharedPath('datasets', 'neus_allsides', 'val.jsonl');
if (!existsSync(file)) {
  console.log(`eval:compare skipped: ${file} not found (set PARALLAX_SHARED)`);
  process.exit(0);
}
const stories: NeusStory[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

// content-word stems of a text, by the same segmenter the pipeline uses
const words = (text: string): Set<string> => {
  const [doc] = segmentAll([articleFromText('t', text)], ctx);
  const out = new Set<string>();
  for (const s of doc?.sentences ?? [])
    for (const t of s.tokens) if (!t.stop && /[\p{L}\p{N}]/u.test(t.text)) out.add(stem(t.text));
  return out;
};

interface Score {
  recall: number;
  precision: number | null;
}
const score = (found: Set<string>, gold: Set<string>): Score => {
  let hit = 0;
  for (const w of found) if (gold.has(w)) hit++;
  return { recall: gold.size ? hit / gold.size : 0, precision: found.size ? hit / found.size : null };
};

const runCompare = compare();
const runExtract = extract();
const rows: {
  half: string;
  shared: Score;
  lead: Score;
  all: Score;
  facts: number;
  badShape: number;
  pairs: number;
  holding: number;
}[] = [];
// a shared fact shown as a fragment ("After officials visited …") or with a bare pronoun ("He wants …")
const FRAGMENT = new RegExp(`^(${SUBORDINATORS.join('|')})\\b`, 'i');
const BARE_PRONOUN = /^(he|she|they|it|we|i|his|her|their)\b/i;
let compareMs = 0;
for (const story of stories) {
  const articles = story.sources.map((s, i) => articleFromText(`a${i + 1}`, s.text, { title: s.title }));
  const docs: SegmentedArticle[] = segmentAll(articles, ctx);
  const input: StoryInput = {
    story: { id: 's1', title: story.target.title, articleIds: articles.map((a) => a.id), keywords: [] },
    articles: docs,
  };
  const extraction = runExtract(input, ctx);
  const t0 = performance.now();
  const result = runCompare({ ...input, ...extraction }, ctx);
  compareMs += performance.now() - t0;
  const shared = result.facts.filter((f) => f.sources.length >= 2);
  const check = checkCitations(
    { ...input, ...extraction },
    shared.flatMap((f) => f.evidence.slice(1).map((e) => [f.evidence[0] as Evidence, e] as const)),
  );
  const gold = words(story.target.text);
  const lead = docs.map((d) => d.article.text.slice(d.sentences[0]?.start ?? 0, d.sentences[0]?.end ?? 0));
  const half = Number(story.id.split('-').pop()) % 2 === 0 ? 'tune' : 'held-out';
  rows.push({
    half,
    shared: score(words(shared.map((f) => f.text).join('\n\n')), gold),
    lead: score(words(lead.join('\n\n')), gold),
    all: score(words(story.sources.map((s) => s.text).join('\n\n')), gold),
    facts: shared.length,
    badShape: shared.filter((f) => FRAGMENT.test(f.text) || BARE_PRONOUN.test(f.text)).length,
    pairs: check.pairs,
    holding: check.holding,
  });
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const fmt = (x: number) => x.toFixed(3);
for (const half of ['tune', 'held-out']) {
  const part = rows.filter((r) => r.half === half);
  const line = (name: string, pick: (r: (typeof rows)[number]) => Score) => {
    const scores = part.map(pick);
    const precisions = scores.map((s) => s.precision).filter((p): p is number => p !== null);
    console.log(
      `${half.padEnd(8)} ${name.padEnd(28)} recall ${fmt(mean(scores.map((s) => s.recall)))}  precision ${fmt(mean(precisions))} (over ${precisions.length}/${part.length} stories)`,
    );
  };
  line('shared facts (>=2 outlets)', (r) => r.shared);
  const found = part.filter((r) => r.shared.precision !== null);
  console.log(
    `${half.padEnd(8)} ${'  where shared facts exist'.padEnd(28)} recall ${fmt(mean(found.map((r) => r.shared.recall)))} vs lead ${fmt(mean(found.map((r) => r.lead.recall)))} (${found.length} stories)`,
  );
  line('baseline: lead sentences', (r) => r.lead);
  line('ceiling: all source text', (r) => r.all);
  console.log(`${half.padEnd(8)} shared facts per story: ${fmt(mean(part.map((r) => r.facts)))}`);
  const sum = (pick: (r: (typeof rows)[number]) => number) => part.reduce((n, r) => n + pick(r), 0);
  console.log(
    `${half.padEnd(8)} shared facts shown as a fragment or with a bare pronoun: ${sum((r) => r.badShape)} of ${sum((r) => r.facts)}; ` +
      `(fact, other outlet's evidence) pairs whose evidence holds every number and date of the fact: ${sum((r) => r.holding)} of ${sum((r) => r.pairs)}`,
  );
}
console.log(`compare: ${fmt(compareMs / stories.length)} ms per 3-article story (${stories.length} stories)`);

// speed: compare alone on one story of 50 articles, best of three runs
function timeStory(label: string, docs: SegmentedArticle[]): void {
  const input: StoryInput = {
    story: { id: 's1', title: 'speed', articleIds: docs.map((d) => d.article.id), keywords: [] },
    articles: docs,
  };
  const extraction = runExtract(input, ctx);
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    runCompare({ ...input, ...extraction }, ctx);
    times.push(performance.now() - t0);
  }
  const words = docs.reduce((n, d) => n + d.article.wordCount, 0);
  console.log(
    `compare: 50-article story, ${label} (${words} words): ${fmt(Math.min(...times) / 1000)} s (best of 3)`,
  );
}

// 50 distinct news articles from the largest ECB+ topics
const ecb = sharedPath('datasets', 'ecbplus', 'docs.jsonl');
if (existsSync(ecb)) {
  const docs: { topic: number; text: string; title: string }[] = readFileSync(ecb, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const sizes = new Map<number, number>();
  for (const d of docs) sizes.set(d.topic, (sizes.get(d.topic) ?? 0) + 1);
  const picked = [...docs]
    .sort((a, b) => (sizes.get(b.topic) ?? 0) - (sizes.get(a.topic) ?? 0) || a.topic - b.topic)
    .slice(0, 50);
  const articles = picked.map((d, i) => articleFromText(`a${i + 1}`, d.text, { title: d.title }));
  timeStory('distinct ECB+ articles', segmentAll(articles, ctx));
}

// ten renamed copies of each border-talks article: the worst case for alignment (many identical claims)
const corpus = sharedPath('corpus', 'border-talks-2023');
if (existsSync(corpus)) {
  const files = readdirSync(corpus)
    .sort()
    .map((f) => ({ path: join(corpus, f), bytes: readFileSync(join(corpus, f)) }));
  const base = readArticles(files, {}, ctx);
  const many = Array.from({ length: 50 }, (_, i) => {
    const a = base[i % base.length] as (typeof base)[number];
    return segment()({ ...a, id: `a${i + 1}`, syndicatedFrom: null }, ctx);
  });
  timeStory('10 copies of each border-talks article', many);
}
