/**
 * Scores of unordered pairs of small integers (claim or unit indices), in an open-addressing hash
 * table over typed arrays: alignment stores hundreds of thousands of pair scores on a large story,
 * where a `Map` keyed by `i * n + j` spends most of its time allocating and rehashing.
 */
export class PairScores {
  #first: Int32Array;
  #second: Int32Array;
  #values: Float64Array;
  #mask: number;
  #size = 0;

  /** An empty table sized for about `expected` pairs (it grows past that). */
  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.#first = new Int32Array(capacity).fill(-1);
    this.#second = new Int32Array(capacity);
    this.#values = new Float64Array(capacity);
    this.#mask = capacity - 1;
  }

  /** How many pairs hold a score. */
  get size(): number {
    return this.#size;
  }

  // The slot of pair (i, j), i <= j: where it is, or the empty slot where it would go.
  #slot(i: number, j: number): number {
    let h = Math.imul(i, 0x9e3779b1) ^ Math.imul(j + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    let at = h & this.#mask;
    for (;;) {
      const f = this.#first[at] as number;
      if (f === -1 || (f === i && this.#second[at] === j)) return at;
      at = (at + 1) & this.#mask;
    }
  }

  /** The score of the pair {a, b}, or undefined when none was stored. */
  get(a: number, b: number): number | undefined {
    const at = a <= b ? this.#slot(a, b) : this.#slot(b, a);
    return this.#first[at] === -1 ? undefined : this.#values[at];
  }

  /** Whether the pair {a, b} holds a score. */
  has(a: number, b: number): boolean {
    return this.#first[a <= b ? this.#slot(a, b) : this.#slot(b, a)] !== -1;
  }

  /** Store the score of the pair {a, b}. */
  set(a: number, b: number, value: number): void {
    const i = Math.min(a, b);
    const j = Math.max(a, b);
    const at = this.#slot(i, j);
    if (this.#first[at] === -1) {
      this.#first[at] = i;
      this.#second[at] = j;
      this.#size++;
    }
    this.#values[at] = value;
    if (this.#size * 2 > this.#mask) this.#grow();
  }

  #grow(): void {
    const [first, second, values] = [this.#first, this.#second, this.#values];
    const capacity = first.length * 2;
    this.#first = new Int32Array(capacity).fill(-1);
    this.#second = new Int32Array(capacity);
    this.#values = new Float64Array(capacity);
    this.#mask = capacity - 1;
    for (let at = 0; at < first.length; at++) {
      const i = first[at] as number;
      if (i === -1) continue;
      const j = second[at] as number;
      const to = this.#slot(i, j);
      this.#first[to] = i;
      this.#second[to] = j;
      this.#values[to] = values[at] as number;
    }
  }
}
