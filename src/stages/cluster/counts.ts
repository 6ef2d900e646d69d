import { smoothIdf } from '../../text/vectors.ts';
import type { Packed } from './vectors.ts';

/**
 * Interns string keys as small integers, and counts in how many documents each occurs. Keys live in
 * kinds (a term and a name may be written alike): each kind has its own table, so a look-up never
 * builds a prefixed string, and ids are numbered across kinds in the order keys first come.
 */
export class Vocabulary {
  readonly #ids = new Map<string, Map<string, number>>();
  readonly #keys: string[] = [];
  #df = new Int32Array(1024);
  #n = 0;

  /** The id of `key` of the kind `kind` (`key(id)` gives `kind + key`), added when new. */
  id(key: string, kind = ''): number {
    let table = this.#ids.get(kind);
    if (!table) {
      table = new Map();
      this.#ids.set(kind, table);
    }
    let id = table.get(key);
    if (id === undefined) {
      id = this.#keys.length;
      table.set(key, id);
      this.#keys.push(kind + key);
      if (id >= this.#df.length) {
        const grown = new Int32Array(this.#df.length * 2);
        grown.set(this.#df);
        this.#df = grown;
      }
    }
    return id;
  }

  /** The ids of `keys` of the kind `kind`, in their order (as `id` gives them, one table look-up). */
  ids(keys: Iterable<string>, kind = ''): number[] {
    let table = this.#ids.get(kind);
    if (!table) {
      table = new Map();
      this.#ids.set(kind, table);
    }
    const out: number[] = [];
    for (const key of keys) out.push(table.get(key) ?? this.id(key, kind));
    return out;
  }

  /** The id of `key` of the kind `kind`, or undefined when it has none (nothing is added). */
  find(key: string, kind = ''): number | undefined {
    return this.#ids.get(kind)?.get(key);
  }

  /** The key of an id. */
  key(id: number): string {
    return this.#keys[id] as string;
  }

  /** Count one document's distinct key ids. */
  observe(ids: Iterable<number>): void {
    this.#n++;
    for (const id of new Set(ids)) this.#df[id] = (this.#df[id] as number) + 1;
  }

  /** How many documents were observed. */
  get size(): number {
    return this.#n;
  }

  /** How many observed documents hold the key `id`. */
  df(id: number): number {
    return this.#df[id] ?? 0;
  }

  /** The smoothed inverse document frequency `ln((1 + n) / (1 + df)) + 1`. */
  idf(id: number): number {
    return smoothIdf(this.#n, this.df(id));
  }
}

/** Pack key ids and counts (any order) into a `Packed` vector sorted by id. */
export function pack(entries: readonly (readonly [number, number])[]): Packed {
  const n = entries.length;
  if (n >= SORT_SLOTS) {
    const sorted = [...entries].sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(sorted, ([id]) => id), weights: Float32Array.from(sorted, ([, w]) => w) };
  }
  // each id with its position in one double, sorted as numbers (no comparator; ties keep their order)
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) order[i] = (entries[i]?.[0] as number) * SORT_SLOTS + i;
  order.sort();
  const ids = new Int32Array(n);
  const weights = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const [id, w] = entries[(order[k] as number) % SORT_SLOTS] as readonly [number, number];
    ids[k] = id;
    weights[k] = w;
  }
  return { ids, weights };
}

// Positions a packed sort keeps beside each id (ids stay below 2^37, exact in a double).
const SORT_SLOTS = 65_536;

/**
 * An article's raw counts of its three signals, packed in two arrays (names, then lead, then body):
 * two typed arrays an article where six cost about 1 KB more (a typed array weighs about 200 bytes
 * before its data).
 */
export interface SignalCounts {
  readonly ids: Int32Array;
  readonly counts: Float32Array;
  /** Where the lead's keys start, and where the body's do. */
  readonly leadAt: number;
  readonly bodyAt: number;
}

/** Which of an article's signals. */
export type Signal = 'names' | 'lead' | 'body';

/** Pack an article's three signals' counts (key id → count, any order) into `SignalCounts`. */
export function packCounts(signals: Record<Signal, readonly (readonly [number, number])[]>): SignalCounts {
  const parts = (['names', 'lead', 'body'] as const).map((k) => pack(signals[k]));
  const [names, lead, body] = parts as [Packed, Packed, Packed];
  const ids = new Int32Array(names.ids.length + lead.ids.length + body.ids.length);
  const counts = new Float32Array(ids.length);
  let at = 0;
  for (const part of parts) {
    ids.set(part.ids, at);
    counts.set(part.weights, at);
    at += part.ids.length;
  }
  return { ids, counts, leadAt: names.ids.length, bodyAt: names.ids.length + lead.ids.length };
}

/** The index range of one signal's keys in `SignalCounts`. */
export function rangeOf(c: SignalCounts, signal: Signal): readonly [number, number] {
  return signal === 'names'
    ? [0, c.leadAt]
    : signal === 'lead'
      ? [c.leadAt, c.bodyAt]
      : [c.bodyAt, c.ids.length];
}

/** A signal's weighted vector (`weighted`) with the share of its weight the vector keeps. */
export interface Weighted extends Packed {
  /**
   * The L2 norm of the keys kept (those another document holds too) over that of all the signal's
   * keys: in a run of two articles, the share of the signal the other article holds (see
   * `heldShare`); 0 for a signal without keys.
   */
  readonly kept: number;
}

/**
 * A sublinear-TF × IDF vector of one signal's raw counts, each key's weight times `scale` of its id
 * when given (`OutletNames.scale`), L2-normalised. Keys no other document holds are left out: they
 * cannot join the article to anything, and would only lengthen wordy articles' vectors; the share of
 * the weight they carry is told apart (`Weighted.kept`).
 */
export function weighted(
  c: SignalCounts,
  signal: Signal,
  vocabulary: Vocabulary,
  scale?: (id: number) => number,
): Weighted {
  const [from, to] = rangeOf(c, signal);
  const ids: number[] = [];
  const weights: number[] = [];
  let [norm, whole] = [0, 0];
  for (let i = from; i < to; i++) {
    const id = c.ids[i] as number;
    const w = (1 + Math.log(c.counts[i] as number)) * vocabulary.idf(id) * (scale ? scale(id) : 1);
    whole += w * w;
    if (vocabulary.df(id) < 2) continue;
    ids.push(id);
    weights.push(w);
    norm += w * w;
  }
  const kept = whole > 0 ? Math.sqrt(norm / whole) : 0;
  norm = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(ids), weights: Float32Array.from(weights, (w) => w / norm), kept };
}
