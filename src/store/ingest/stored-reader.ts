import type { Article } from '../../model/index.ts';
import type { Store } from '../types.ts';

/**
 * The stored articles a batch's steps compare its articles with, each read from the store once per
 * batch (before, every article found stored by its address was read again by each step: whether it
 * is another day's article, a version, a value the manifest changed).
 */
export interface StoredReader {
  /** The stored article of this id, or null when unknown: read once, then remembered. */
  read(id: string): Promise<Article | null>;
  /** Read this one again next time (it was replaced), or every one when no id is given. */
  forget(id?: string): void;
}

/** A reader of stored articles for one batch (see `StoredReader`). */
export function storedReader(store: Store): StoredReader {
  const known = new Map<string, Promise<Article | null>>();
  return {
    read(id) {
      let found = known.get(id);
      if (found === undefined) {
        found = store.article(id).then((stored) => stored?.article ?? null);
        known.set(id, found);
      }
      return found;
    },
    forget(id) {
      if (id === undefined) known.clear();
      else known.delete(id);
    },
  };
}
