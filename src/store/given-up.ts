import type { GivenUpPages, SetAsidePages } from './fetch-types.ts';

/**
 * A set-aside page's row as both stores select it: its outcome ('failed': given up on, 'no-article':
 * left out), its source, the page, and the count of its source's pages of that outcome.
 */
export interface SetAsideRow {
  readonly outcome: string;
  readonly source: string | null;
  readonly url: string;
  readonly error: string | null;
  readonly at: string;
  readonly attempts: number;
  readonly n: number;
}

/** The rows (by outcome and source, latest first within one) grouped per outcome and source. */
export function setAsideBySource(rows: readonly SetAsideRow[]): SetAsidePages {
  const givenUp = new Map<string | null, GivenUpPages>();
  const leftOut = new Map<string | null, GivenUpPages>();
  for (const r of rows) {
    const bySource = r.outcome === 'failed' ? givenUp : leftOut;
    const page = { url: r.url, error: r.error, at: r.at, attempts: r.attempts };
    const before = bySource.get(r.source);
    bySource.set(r.source, { source: r.source, count: r.n, latest: [...(before?.latest ?? []), page] });
  }
  return { givenUp: [...givenUp.values()], leftOut: [...leftOut.values()] };
}
