/**
 * What the parts of the store contract suite share: the context they get, the scope each test
 * works in, and a helper to read an async list.
 */
import type { Store } from '../../src/store/types.ts';

/** What the suite may open a store with, besides its location. */
export interface StoreOptions {
  readonly reportVersion?: string;
}

/** What each part of the suite gets: the store under test and a way to open another connection. */
export interface ContractContext {
  /** The store opened for the suite. */
  store(): Store;
  /**
   * Open the same database again (closed by the caller); `reportVersion` plays another Parallax
   * version sharing it (see `openStore`).
   */
  open(options?: StoreOptions): Promise<Store>;
}

/** A test's own corner of the shared database. */
export interface Scope {
  /** A word no other test writes (letters only, so every tokenizer keeps it whole). */
  readonly word: string;
  readonly outlet: string;
  /** A year no other test dates its articles in: `${year}-…`. */
  readonly year: number;
  /** A URL prefix no other test uses. */
  readonly site: string;
}

let scopes = 0;
const LETTERS = 'bcdfghjklmnpqrstvwxz';

/** A new scope; scopes made later have later years. */
export function scope(): Scope {
  const n = ++scopes;
  const tag = [...n.toString(20)].map((digit) => LETTERS[Number.parseInt(digit, 20)]).join('');
  return {
    word: `zorvaq${tag}`,
    outlet: `Scope ${n} Gazette`,
    year: 2200 + n,
    site: `https://scope${n}.example`,
  };
}

/** All of an async iterable. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
