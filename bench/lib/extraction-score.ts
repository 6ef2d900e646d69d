/**
 * A TypeScript port of the article-extraction-benchmark scorer (`evaluate.py`, Scrapinghub, MIT):
 * `\w+` tokens, 4-token shingles, per-page tp/fp/fn over shingle multisets normalised to sum to 1,
 * macro means of precision and recall, F1 = 2PR/(P+R), and exact token-sequence accuracy.
 */

/** Per-page counts, normalised so that each page weighs the same. */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Scores of one extractor over a set of pages, as evaluate.py prints them (without bootstrap). */
export interface ExtractionScore {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly accuracy: number;
  readonly pages: number;
  readonly perPage: Readonly<Record<string, PageCounts>>;
}

// Python's `\w` on str patterns is "alphanumeric or underscore": Unicode categories L* and N*
// (str.isalnum) plus `_`. Combining marks (Mn, Mc) are NOT word characters there, so they split
// tokens; `[\p{L}\p{N}_]` reproduces that exactly (checked over every code point; the only
// differences are letters added by Unicode versions newer than Python's table).
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Split text into tokens exactly as evaluate.py's `_tokenize` does. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const SEP = '\u0000';

/** The multiset of n-token shingles of a text; fewer than n tokens make one short shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join(SEP);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** tp/fp/fn of one page over shingle multisets, normalised to sum to 1 (evaluate.py's matching). */
export function matchPage(gold: string, predicted: string, n = 4): PageCounts {
  const truth = shingles(gold, n);
  const pred = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
    fp += Math.max(0, p - t);
  }
  for (const [key, p] of pred) if (!truth.has(key)) fp += p;
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;

/** Precision, recall and F1 from per-page counts (evaluate.py's `metrics_from_tp_fp_fns`). */
export function metricsOf(counts: readonly PageCounts[]): { f1: number; precision: number; recall: number } {
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(recallOf));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

/**
 * Score predicted main texts against gold texts, page by page (the keys of `gold`; a missing
 * prediction counts as empty).
 * @example
 * const { f1 } = scoreExtraction({ p1: 'the cat sat on the mat' }, { p1: 'the cat sat on the mat' });
 */
export function scoreExtraction(
  predictions: Readonly<Record<string, string>>,
  gold: Readonly<Record<string, string>>,
): ExtractionScore {
  const perPage: Record<string, PageCounts> = {};
  const accuracies: number[] = [];
  for (const [id, truth] of Object.entries(gold)) {
    const predicted = predictions[id] ?? '';
    perPage[id] = matchPage(truth, predicted);
    const a = tokenize(truth);
    const b = tokenize(predicted);
    accuracies.push(a.length === b.length && a.every((t, i) => t === b[i]) ? 1 : 0);
  }
  return {
    ...metricsOf(Object.values(perPage)),
    accuracy: mean(accuracies),
    pages: accuracies.length,
    perPage,
  };
}
