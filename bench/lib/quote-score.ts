import type { Gold, Span } from './polnear.ts';

/**
 * The quote evaluation's scores (bench/eval-quotes.ts): predicted quotes against gold attributions,
 * content hits, soft overlap and speaker, direct and indirect apart.
 */

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
