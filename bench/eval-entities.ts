/**
 * Entity evaluation on ECB+ gold mentions: people (HUMAN_PART_PER), organisations (HUMAN_PART_ORG) and
 * places (LOC_*), in the fully annotated sentences only; precision, recall and F1 per kind, exact and
 * overlapping spans, on a development half and a held-out half of the documents.
 * Run: npm run eval:entities. `--dev` scores only the documents of even ECB+ topics (dev in every split,
 * as the grouping and support evals take them) and no held-out document, for trying a change.
 */
import { readFileSync } from 'node:fs';
import { createContext } from '../src/model/index.ts';
import { storyFromTexts } from '../src/stages/extract/from-text.ts';
import { extract } from '../src/stages/extract/index.ts';
import { sharedPath } from '../test/shared.ts';
import { type EcbDoc, loadEcbPlus } from './lib/ecbplus.ts';

/** The entity kinds scored. */
export const KINDS = ['person', 'organization', 'place'] as const;
type Kind = (typeof KINDS)[number];

/** A mention span with its kind. */
export interface KindedSpan {
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
  /** Gold only: the mention is a name (a capitalised word that is not a pronoun or article). */
  readonly named?: boolean;
}

/** The kind an ECB+ tag is scored as, or undefined when it is not scored. */
export function kindOfTag(tag: string): Kind | undefined {
  if (tag === 'HUMAN_PART_PER') return 'person';
  if (tag === 'HUMAN_PART_ORG') return 'organization';
  if (tag.startsWith('LOC_')) return 'place';
  return undefined;
}

const LEADING_FUNCTION_WORDS =
  /^(?:(?:in|at|on|from|to|into|near|off|across|outside|inside|of)\s+)?(?:(?:the|a|an)\s+)?/i;

const NOT_NAME = new Set(
  'he she it they we i you his her their its our my your the a an this that these those'.split(' '),
);

/** True when a gold mention contains a name, not only a pronoun or a common noun phrase. */
export function isNamed(text: string): boolean {
  return text.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !NOT_NAME.has(w.toLowerCase()));
}

/** `doc_id:sentence` of every fully annotated sentence. */
export function annotatedSentences(): Set<string> {
  const rows = readFileSync(
    sharedPath('datasets', 'ecbplus', 'ECBplus_coreference_sentences.csv'),
    'utf8',
  ).split('\n');
  const out = new Set<string>();
  for (const row of rows.slice(1)) {
    const [topic, file, sentence] = row.trim().split(',');
    if (topic && file && sentence) out.add(`${topic}_${file}:${sentence}`);
  }
  return out;
}

/** Gold and predicted spans of one document, restricted to its annotated sentences. */
export function spansOf(
  doc: EcbDoc,
  annotated: ReadonlySet<string>,
): { gold: KindedSpan[]; predicted: KindedSpan[]; words: number; ms: number; cpuMs: number } {
  const ranges = (doc.sentences as unknown as { sentence: number; start: number; end: number }[]).filter(
    (s) => annotated.has(`${doc.doc_id}:${s.sentence}`),
  );
  const inside = (start: number, end: number) => ranges.some((r) => start >= r.start && end <= r.end);
  const gold: KindedSpan[] = [];
  for (const m of doc.mentions) {
    const kind = kindOfTag(m.tag);
    if (!kind || !inside(m.start, m.end)) continue;
    // ECB+ spans of places often start with a preposition or article ("in the Gulf of Aden"): exact match ignores it
    const lead = LEADING_FUNCTION_WORDS.exec(m.text)?.[0].length ?? 0;
    gold.push({ kind, start: m.start + lead, end: m.end, named: isNamed(m.text) });
  }
  const input = storyFromTexts([{ id: 'a1', text: doc.text }]);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = extract()(input, createContext());
  const ms = performance.now() - t0;
  const used = process.cpuUsage(c0);
  const cpuMs = (used.user + used.system) / 1000;
  const predicted: KindedSpan[] = [];
  for (const e of out.entities) {
    if (!(KINDS as readonly string[]).includes(e.kind)) continue;
    for (const m of e.mentions) {
      if (inside(m.span.start, m.span.end))
        predicted.push({ kind: e.kind as Kind, start: m.span.start, end: m.span.end });
    }
  }
  return { gold, predicted, words: doc.text.split(/\s+/).filter(Boolean).length, ms, cpuMs };
}

/** Counts of one kind: predictions and gold, matched exactly and by overlap. */
export interface EntityCounts {
  pred: number;
  gold: number;
  goldNamed: number;
  predExact: number;
  predOverlap: number;
  goldExact: number;
  goldOverlap: number;
  namedExact: number;
  namedOverlap: number;
}

function overlaps(a: KindedSpan, b: KindedSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Add one document's matches to the counts per kind. */
export function count(
  totals: Record<Kind, EntityCounts>,
  gold: readonly KindedSpan[],
  predicted: readonly KindedSpan[],
): void {
  for (const p of predicted) {
    const c = totals[p.kind];
    c.pred++;
    const same = gold.filter((g) => g.kind === p.kind);
    if (same.some((g) => g.start === p.start && g.end === p.end)) c.predExact++;
    if (same.some((g) => overlaps(g, p))) c.predOverlap++;
  }
  for (const g of gold) {
    const c = totals[g.kind];
    c.gold++;
    if (g.named) c.goldNamed++;
    const same = predicted.filter((p) => p.kind === g.kind);
    const exact = same.some((p) => p.start === g.start && p.end === g.end);
    const over = same.some((p) => overlaps(g, p));
    if (exact) c.goldExact++;
    if (over) c.goldOverlap++;
    if (g.named && exact) c.namedExact++;
    if (g.named && over) c.namedOverlap++;
  }
}

/** Empty counts for every kind. */
export function emptyCounts(): Record<Kind, EntityCounts> {
  const zero = () => ({
    pred: 0,
    gold: 0,
    goldNamed: 0,
    predExact: 0,
    predOverlap: 0,
    goldExact: 0,
    goldOverlap: 0,
    namedExact: 0,
    namedOverlap: 0,
  });
  return { person: zero(), organization: zero(), place: zero() };
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Precision, recall (of named gold mentions and of all) and F1, exact and overlap. */
export function entityMetrics(c: EntityCounts) {
  const ratio = (a: number, b: number) => a / Math.max(1, b);
  const exact = {
    p: ratio(c.predExact, c.pred),
    r: ratio(c.namedExact, c.goldNamed),
    rAll: ratio(c.goldExact, c.gold),
  };
  const overlap = {
    p: ratio(c.predOverlap, c.pred),
    r: ratio(c.namedOverlap, c.goldNamed),
    rAll: ratio(c.goldOverlap, c.gold),
  };
  return {
    exact: { ...exact, f1: f1(exact.p, exact.r) },
    overlap: { ...overlap, f1: f1(overlap.p, overlap.r) },
  };
}

function rate(words: number, ms: number): string {
  return Math.round(words / (ms / 1000)).toLocaleString('en-US');
}

function main(): void {
  const devOnly = process.argv.includes('--dev');
  const all = loadEcbPlus();
  const docs = devOnly ? all.filter((d) => d.topic % 2 === 0) : all;
  const annotated = annotatedSentences();
  const halves: Record<string, ReturnType<typeof emptyCounts>> = devOnly
    ? { 'even-topic (dev)': emptyCounts() }
    : { development: emptyCounts(), 'held-out': emptyCounts() };
  for (const d of docs.slice(0, 40)) spansOf(d, annotated); // warm-up, so the speed below is the steady state
  let words = 0;
  let ms = 0;
  let cpuMs = 0;
  docs.forEach((d, i) => {
    const s = spansOf(d, annotated);
    words += s.words;
    ms += s.ms;
    cpuMs += s.cpuMs;
    const half = devOnly ? halves['even-topic (dev)'] : i % 2 === 0 ? halves.development : halves['held-out'];
    if (half) count(half, s.gold, s.predicted);
  });
  const f = (x: number) => x.toFixed(3);
  for (const [half, totals] of Object.entries(halves)) {
    console.log(
      `ECB+ ${half} half (${devOnly ? docs.length : Math.ceil(docs.length / 2)} docs; F1 against gold mentions that are names, recall of all mentions in brackets; exact ignores a leading preposition or article):`,
    );
    for (const kind of KINDS) {
      const c = totals[kind];
      const m = entityMetrics(c);
      console.log(
        `  ${kind.padEnd(12)} gold=${c.gold} named=${c.goldNamed} pred=${c.pred} | exact P=${f(m.exact.p)} R=${f(m.exact.r)} F1=${f(m.exact.f1)} (all R=${f(m.exact.rAll)}) | overlap P=${f(m.overlap.p)} R=${f(m.overlap.r)} F1=${f(m.overlap.f1)} (all R=${f(m.overlap.rAll)})`,
      );
    }
  }
  console.log(
    `extract stage speed: ${rate(words, cpuMs)} words per CPU second (${rate(words, ms)} words/s wall clock) over ${words} words`,
  );
}

if (import.meta.main) main();
