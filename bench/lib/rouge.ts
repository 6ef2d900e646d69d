/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004), with the tokenisation of Google's rouge-score package:
 * lower-case, every run of characters outside [a-z0-9] is a separator. No stemming, no stop-word removal.
 * ROUGE-L is the LCS of the two whole token sequences (rouge-score's `rougeL`, not `rougeLsum`).
 */

/** Precision, recall and F1 of one ROUGE measure. */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Tokens as rouge-score makes them: lower-cased runs of [a-z0-9]. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function score(overlap: number, candidate: number, reference: number): RougeScore {
  const precision = candidate ? overlap / candidate : 0;
  const recall = reference ? overlap / reference : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** ROUGE-N of a candidate against a reference: clipped n-gram overlap. */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const c = ngrams(rougeTokens(candidate), n);
  const r = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(overlap, total(c), total(r));
}

/** Length of the longest common subsequence of two token lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      row[j] =
        a[i - 1] === b[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(prev[j] as number, row[j - 1] as number);
    prev = row;
  }
  return prev[b.length] as number;
}

/** ROUGE-L: longest common subsequence of the two token sequences. */
export function rougeL(candidate: string, reference: string): RougeScore {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return score(lcsLength(c, r), c.length, r.length);
}
