import { FNV_START, fnv1a, fnvStep, fnvText } from '../../text/hash.ts';
import { MAX_POSTINGS, SHINGLE_WORDS, WORD } from './patterns.ts';

// Shingles are kept as numbers (FNV-1a), which is faster and lighter than strings; a collision merely
// adds one shared shingle to a pair. The hash of words[from..to) joined by spaces (`fnv1a` of the joined
// string), without building the joined string.
function hashWords(words: readonly string[], from: number, to: number): number {
  let h = FNV_START;
  for (let k = from; k < to; k++) h = fnvText(k > from ? fnvStep(h, 32) : h, words[k] as string);
  return h >>> 0;
}

/** The set of n-word shingles of a text (lower-cased words of any script), hashed. */
export function shingleSet(text: string, n = SHINGLE_WORDS): Set<number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + n <= words.length; i++) out.add(hashWords(words, i, i + n));
  if (out.size === 0 && words.length > 0) out.add(fnv1a(words.join(' ')));
  return out;
}

/**
 * The distinct shingles of a text, ascending: the hashes `shingleSet` holds, in a typed array (no set
 * of numbers, most of them too large for V8's small integers, to build).
 */
export function shingleHashes(text: string, n = SHINGLE_WORDS): Uint32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < n) return words.length ? Uint32Array.of(fnv1a(words.join(' '))) : new Uint32Array(0);
  const all = new Uint32Array(words.length - n + 1);
  for (let i = 0; i < all.length; i++) all[i] = hashWords(words, i, i + n);
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[k++] = all[i] as number;
  return all.subarray(0, k);
}

/** A text's distinct shingles: a set (`shingleSet`) or an ascending array (`shingleHashes`). */
export type Shingles = ReadonlySet<number> | Uint32Array;

/** How many distinct shingles a text has. */
export const shingleCount = (shingles: Shingles): number =>
  shingles instanceof Uint32Array ? shingles.length : shingles.size;

// Texts for which a (shingle, text) pair packs exactly into one number: 2^32 shingles × 2^21 = 2^53.
const MAX_PACKED_TEXTS = 2 ** 21;

/**
 * Shared shingle counts for every pair of texts that share any (key i * n + j, i < j), counting only
 * shingles found in at most `maxPostings` texts. Each (shingle, text) is one number, shingle * n +
 * text, and the numbers are sorted: the texts of a shingle are then one run, in text order, without
 * a map of lists (which cost most of the stage).
 */
export function sharedCounts(sets: readonly Shingles[], maxPostings = MAX_POSTINGS): Map<number, number> {
  const n = sets.length;
  if (n > MAX_PACKED_TEXTS) return sharedCountsByIndex(sets, maxPostings);
  let total = 0;
  for (const set of sets) total += shingleCount(set);
  const keys = new Float64Array(total);
  let k = 0;
  sets.forEach((set, i) => {
    for (const s of set) keys[k++] = s * n + i;
  });
  keys.sort();
  const shared = new Map<number, number>();
  for (let a = 0; a < total; ) {
    const shingle = Math.floor((keys[a] as number) / n);
    let b = a + 1;
    while (b < total && Math.floor((keys[b] as number) / n) === shingle) b++;
    if (b - a <= maxPostings)
      for (let x = a; x < b; x++)
        for (let y = x + 1; y < b; y++) {
          const key = ((keys[x] as number) % n) * n + ((keys[y] as number) % n);
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
    a = b;
  }
  return shared;
}

// The same counts through an inverted index of shingles, for more texts than pack into one number.
function sharedCountsByIndex(sets: readonly Shingles[], maxPostings: number): Map<number, number> {
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const n = sets.length;
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPostings) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = (list[a] as number) * n + (list[b] as number);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  return shared;
}
