/** Disjoint sets over string keys, for merging names into entities. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** The representative of a key's set (a new key is its own set). */
  find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(key)) this.parent.set(key, key);
    for (let k = key; k !== root; ) {
      const next = this.parent.get(k) as string;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  /** Merge the sets of two keys; the first key's root stays the root. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
