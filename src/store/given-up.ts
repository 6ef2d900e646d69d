import type { GivenUpPages } from './fetch-types.ts';

/** A given-up page's row as both stores select it: its source, the page, and its source's count. */
export interface GivenUpRow {
  readonly source: string | null;
  readonly url: string;
  readonly error: string | null;
  readonly at: string;
  readonly attempts: number;
  readonly n: number;
}

/** The rows (by source, latest first within one) grouped per source. */
export function givenUpBySource(rows: readonly GivenUpRow[]): GivenUpPages[] {
  const bySource = new Map<string | null, GivenUpPages>();
  for (const r of rows) {
    const page = { url: r.url, error: r.error, at: r.at, attempts: r.attempts };
    const before = bySource.get(r.source);
    bySource.set(r.source, { source: r.source, count: r.n, latest: [...(before?.latest ?? []), page] });
  }
  return [...bySource.values()];
}
