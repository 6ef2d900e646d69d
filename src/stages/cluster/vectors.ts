import type { SegmentedArticle } from '../../model/index.ts';
import { CONTENT_POS, NAME_WEIGHT } from './patterns.ts';

/** A sparse, L2-normalised TF-IDF vector. */
export type SparseVector = ReadonlyMap<string, number>;

/** The content terms of an article: content-word norms plus its multi-word proper names (as `name:`). */
export function termCounts(doc: SegmentedArticle): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const sentence of doc.sentences) {
    let name: string[] = [];
    const flush = () => {
      if (name.length > 1) add(`name:${name.join(' ')}`, NAME_WEIGHT);
      name = [];
    };
    for (const token of sentence.tokens) {
      if (token.pos === 'PROPN') name.push(token.norm);
      else flush();
      if (token.stop || !CONTENT_POS.has(token.pos) || token.norm.length < 2) continue;
      if (!/\p{L}/u.test(token.norm) && token.pos !== 'NUM') continue;
      add(token.norm, 1);
    }
    flush();
  }
  return counts;
}

/** TF-IDF vectors (sublinear tf, smoothed idf), L2-normalised, one per document. */
export function tfidfVectors(counts: readonly Map<string, number>[]): SparseVector[] {
  const df = new Map<string, number>();
  for (const doc of counts) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = counts.length;
  return counts.map((doc) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of doc) {
      const weight = (1 + Math.log(tf)) * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/**
 * All pairwise cosines of L2-normalised sparse vectors as a dense `n*n` matrix, computed through an
 * inverted index so that only pairs sharing a term cost anything.
 */
export function similarityMatrix(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length;
  const postings = new Map<string, { doc: number; weight: number }[]>();
  vectors.forEach((vector, doc) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (list) list.push({ doc, weight });
      else postings.set(term, [{ doc, weight }]);
    }
  });
  const sim = new Float64Array(n * n);
  for (const list of postings.values())
    for (let a = 0; a < list.length; a++) {
      const x = list[a] as { doc: number; weight: number };
      for (let b = a + 1; b < list.length; b++) {
        const y = list[b] as { doc: number; weight: number };
        const at = x.doc * n + y.doc;
        sim[at] = (sim[at] as number) + x.weight * y.weight;
      }
    }
  // postings are in document order, so only the upper triangle was filled: mirror it
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[j * n + i] = sim[i * n + j] as number;
  return sim;
}

/** Cosine similarity of two L2-normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
