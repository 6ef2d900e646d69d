/**
 * Quote evaluation on PolNeAR (dev split): content overlap and speaker F1 against the gold attributions,
 * direct (content inside quote marks) and indirect apart, on a development half and a held-out half.
 * Run: npm run eval:quotes   (PARALLAX_POLNEAR_TRAIN=<PolNeAR checkout>/data/train adds a train-split sample)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../src/model/index.ts';
import { storyFromTexts } from '../src/stages/extract/from-text.ts';
import { extract } from '../src/stages/extract/index.ts';
import { sharedPath } from '../test/shared.ts';

/** A half-open character span. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One gold attribution: its content, source and cue spans, and whether the content is a direct quote. */
export interface Gold {
  readonly content: Span[];
  readonly source: Span[];
  readonly direct: boolean;
}

/** One predicted quote occurrence with the span that names its speaker. */
export interface Predicted {
  readonly span: Span;
  readonly direct: boolean;
  readonly speaker: Span | null;
}

/** Counts for one category (direct or indirect). */
export interface Counts {
  pred: number;
  predHit: number;
  gold: number;
  goldHit: number;
  softP: number;
  softR: number;
  speakerPred: number;
  speakerGold: number;
  matched: number;
}

/** Counts per category. */
export type Scores = Record<'direct' | 'indirect', Counts>;

const QUOTE_OPEN = new Set(['“', '"']);

/** Which characters lie inside quote marks (an independent, simple scan: “ ” open and close, " and '' toggle, per paragraph). */
export function insideQuotes(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') inside = false;
    else if (c === '“') inside = true;
    else if (c === '”') inside = false;
    else if (c === '"') inside = !inside;
    else if (c === "'" && text[i + 1] === "'") {
      inside = !inside;
      i++;
    } else if (inside) mask[i] = 1;
  }
  return mask;
}

/** Parse a brat .ann file of PolNeAR into attributions; direct when most of the content is inside quote marks. */
export function parseBrat(ann: string, text: string): Gold[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const list = rest
        .join(' ')
        .split(';')
        .map((p) => {
          const [s, e] = p.trim().split(' ').map(Number);
          return { start: s as number, end: e as number };
        });
      spans.set(id, { type: type as string, spans: list });
    } else if (id.startsWith('E')) events.push(body.split(' '));
  }
  const mask = insideQuotes(text);
  return events.map((parts) => {
    const gold = { content: [] as Span[], source: [] as Span[] };
    for (const part of parts) {
      const [role, ref] = part.split(':');
      const t = ref ? spans.get(ref) : undefined;
      if (!t) continue;
      if (role?.startsWith('Content')) gold.content.push(...t.spans);
      if (role?.startsWith('Source')) gold.source.push(...t.spans);
    }
    let chars = 0;
    let quoted = 0;
    for (const s of gold.content) {
      for (let i = s.start; i < s.end; i++) {
        if (/\s/.test(text[i] ?? ' ') || QUOTE_OPEN.has(text[i] ?? '')) continue;
        chars++;
        quoted += mask[i] ?? 0;
      }
    }
    return { ...gold, direct: chars > 0 && quoted / chars >= 0.5 };
  });
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function overlapAll(a: Span, list: readonly Span[]): number {
  return list.reduce((n, b) => n + overlap(a, b), 0);
}

function empty(): Counts {
  return {
    pred: 0,
    predHit: 0,
    gold: 0,
    goldHit: 0,
    softP: 0,
    softR: 0,
    speakerPred: 0,
    speakerGold: 0,
    matched: 0,
  };
}

/** Score one article's predictions against its gold attributions. */
export function scoreArticle(_text: string, gold: readonly Gold[], predicted: readonly Predicted[]): Scores {
  const scores: Scores = { direct: empty(), indirect: empty() };
  const speakerOk = (p: Predicted, g: Gold) =>
    p.speaker !== null && g.source.some((s) => overlap(s, p.speaker as Span) > 0);
  for (const p of predicted) {
    const c = scores[p.direct ? 'direct' : 'indirect'];
    c.pred++;
    let best: Gold | undefined;
    let bestOverlap = 0;
    for (const g of gold) {
      const o = overlapAll(p.span, g.content);
      if (o > bestOverlap) [best, bestOverlap] = [g, o];
    }
    if (!best) continue;
    c.predHit++;
    c.softP += bestOverlap / (p.span.end - p.span.start);
    if (speakerOk(p, best)) c.speakerPred++;
  }
  for (const g of gold) {
    const c = scores[g.direct ? 'direct' : 'indirect'];
    c.gold++;
    const length = g.content.reduce((n, s) => n + s.end - s.start, 0);
    let best: Predicted | undefined;
    let bestOverlap = 0;
    let covered = 0;
    for (const p of predicted) {
      const o = overlapAll(p.span, g.content);
      covered += o;
      if (o > bestOverlap) [best, bestOverlap] = [p, o];
    }
    if (!best) continue;
    c.goldHit++;
    c.matched++;
    c.softR += Math.min(1, covered / Math.max(1, length));
    if (speakerOk(best, g)) c.speakerGold++;
  }
  return scores;
}

/** Add up the scores of many articles. */
export function sumScores(list: readonly Scores[]): Scores {
  const total: Scores = { direct: empty(), indirect: empty() };
  for (const s of list) {
    for (const k of ['direct', 'indirect'] as const) {
      for (const f of Object.keys(total[k]) as (keyof Counts)[]) total[k][f] += s[k][f];
    }
  }
  return total;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Precision, recall and F1 of content, soft content overlap and speaker, per category. */
export function metrics(c: Counts) {
  const cp = c.predHit / Math.max(1, c.pred);
  const cr = c.goldHit / Math.max(1, c.gold);
  const sp = c.softP / Math.max(1, c.pred);
  const sr = c.softR / Math.max(1, c.gold);
  const kp = c.speakerPred / Math.max(1, c.pred);
  const kr = c.speakerGold / Math.max(1, c.gold);
  return {
    cp,
    cr,
    cf: f1(cp, cr),
    sp,
    sr,
    sf: f1(sp, sr),
    kp,
    kr,
    kf: f1(kp, kr),
    accuracy: c.speakerGold / Math.max(1, c.matched),
  };
}

/** Printable lines of a score table. */
export function report(s: Scores): string[] {
  const pct = (x: number) => x.toFixed(3);
  return (['direct', 'indirect'] as const).map((k) => {
    const m = metrics(s[k]);
    return `${k.padEnd(8)} gold=${s[k].gold} pred=${s[k].pred} | content P=${pct(m.cp)} R=${pct(m.cr)} F1=${pct(m.cf)} | overlap F1=${pct(m.sf)} | speaker P=${pct(m.kp)} R=${pct(m.kr)} F1=${pct(m.kf)} accuracy=${pct(m.accuracy)}`;
  });
}

const root = sharedPath('datasets', 'polnear', 'dev');

/** The dev articles in name order, each with its first annotator's attributions. */
export function loadPolnear(dir = root): { name: string; text: string; gold: Gold[] }[] {
  const anns = readdirSync(join(dir, 'attributions')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const ann = anns.find((a) => a.startsWith(`${name}_`)) as string;
      const text = readFileSync(join(dir, 'text', f), 'utf8');
      return { name, text, gold: parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), text) };
    });
}

/**
 * The articles of PolNeAR's train split listed in bench/data/polnear-train-sample.txt (`<article>_<annotator>`),
 * read from `dir` laid out as upstream's data/train (text/, attributions/): a second check on articles that
 * neither half of the dev split holds.
 */
export function loadPolnearSample(dir: string): { name: string; text: string; gold: Gold[] }[] {
  const list = readFileSync(join(import.meta.dirname, 'data', 'polnear-train-sample.txt'), 'utf8');
  return list
    .split('\n')
    .filter(Boolean)
    .map((ann) => {
      const name = ann.replace(/_[0-9a-f]{4}$/, '');
      const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
      return {
        name,
        text,
        gold: parseBrat(readFileSync(join(dir, 'attributions', `${ann}.ann`), 'utf8'), text),
      };
    });
}

/** Run the extract stage on one article's raw text and list its quote occurrences with speaker spans. */
export function predict(text: string): { predicted: Predicted[]; ms: number; cpuMs: number } {
  const input = storyFromTexts([{ id: 'a1', text }]);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = extract({ mergeQuotes: false })(input, createContext());
  const ms = performance.now() - t0;
  const used = process.cpuUsage(c0);
  const cpuMs = (used.user + used.system) / 1000;
  const predicted: Predicted[] = [];
  for (const q of out.quotes) {
    for (const occ of q.occurrences) {
      const near = q.speakerEvidence.reduce<(typeof q.speakerEvidence)[number] | undefined>((best, e) => {
        const d = Math.abs(e.span.start - occ.span.start);
        return !best || d < Math.abs(best.span.start - occ.span.start) ? e : best;
      }, undefined);
      predicted.push({ span: occ.span, direct: q.kind !== 'indirect', speaker: near ? near.span : null });
    }
  }
  return { predicted, ms, cpuMs };
}

function rate(words: number, ms: number): string {
  return Math.round(words / (ms / 1000)).toLocaleString('en-US');
}

function main(): void {
  const docs = loadPolnear();
  const halves: Record<string, Scores[]> = { development: [], 'held-out': [] };
  let words = 0;
  let ms = 0;
  let cpuMs = 0;
  for (const d of docs) predict(d.text); // warm-up pass, so the speed below is the steady state
  docs.forEach((d, i) => {
    const p = predict(d.text);
    words += d.text.split(/\s+/).filter(Boolean).length;
    ms += p.ms;
    cpuMs += p.cpuMs;
    (i % 2 === 0 ? halves.development : halves['held-out'])?.push(scoreArticle(d.text, d.gold, p.predicted));
  });
  for (const [half, list] of Object.entries(halves)) {
    console.log(`PolNeAR dev, ${half} half (${list.length} articles):`);
    for (const line of report(sumScores(list))) console.log(`  ${line}`);
  }
  // PARALLAX_POLNEAR_TRAIN=<PolNeAR checkout>/data/train also scores the listed train-split sample
  const train = process.env.PARALLAX_POLNEAR_TRAIN;
  if (train) {
    let sample: ReturnType<typeof loadPolnearSample>;
    try {
      sample = loadPolnearSample(train);
    } catch (err) {
      process.stderr.write(`PARALLAX_POLNEAR_TRAIN: ${(err as Error).message}\n`);
      process.exit(2);
    }
    console.log(`PolNeAR train sample (${sample.length} articles of bench/data/polnear-train-sample.txt):`);
    const scores = sample.map((d) => scoreArticle(d.text, d.gold, predict(d.text).predicted));
    for (const line of report(sumScores(scores))) console.log(`  ${line}`);
  }
  console.log(
    `extract stage speed: ${rate(words, cpuMs)} words per CPU second (${rate(words, ms)} words/s wall clock) over ${words} words`,
  );
}

if (import.meta.main) main();
