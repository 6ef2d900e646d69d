/** Disjoint sets over keys compared by identity, for merging the nodes of the alias graph into entities. */
export class UnionFind<T> {
  private readonly parent = new Map<T, T>();

  /** The representative of a key's set (a new key is its own set). */
  find(key: T): T {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(key)) this.parent.set(key, key);
    for (let k = key; k !== root; ) {
      const next = this.parent.get(k) as T;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  /** Merge the sets of two keys; the first key's root stays the root. */
  union(a: T, b: T): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
