/**
 * A least-recently-used cache bounded by a total size (entries count 1 each unless `sizeOf` says
 * otherwise): the web app keeps the reports and story pages it rendered last, keyed by story and
 * membership time, so a story that did not change is not read and rendered again.
 */
export interface Lru<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/** A cache of at most `capacity` (in `sizeOf` units); an entry larger than that is not kept. */
export function createLru<T>(capacity: number, sizeOf: (value: T) => number = () => 1): Lru<T> {
  const entries = new Map<string, { value: T; size: number }>();
  let total = 0;
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // re-inserted: a Map iterates oldest first, so the first entry is the least recently used
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      const size = sizeOf(value);
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        total -= old.size;
      }
      if (size > capacity) return;
      entries.set(key, { value, size });
      total += size;
      for (const [oldest, entry] of entries) {
        if (total <= capacity) break;
        entries.delete(oldest);
        total -= entry.size;
      }
    },
  };
}
