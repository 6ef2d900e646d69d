/** The counts of a store that `parallax stats` and `/api/stats` both give, read one way. */
import type { StoreStats } from './types.ts';

/** A store's counts, as every reader of them shows them. */
export interface StoreCounts {
  readonly backend: StoreStats['backend'];
  readonly articles: number;
  /** Of the articles, those in no story yet (the next ingest or fetch places them). */
  readonly unplaced: number;
  readonly stories: number;
  readonly outlets: number;
  /** Stories with a stored report, whatever version made it. */
  readonly reports: number;
  /** Of them, those whose story changed since the report was made (computed again when read). */
  readonly staleReports: number;
  readonly lastIngestAt: string | null;
  /** The later of the last ingest and the last change of a story (`lastChange`); null when never. */
  readonly lastChangeAt: string | null;
}

/**
 * When the store last changed: its last ingest, or the last change of a story (an article of it
 * replaced by its corrected page, articles grouped again), whichever is later; null when never.
 */
export function lastChange(
  stats: StoreStats,
  latest: { readonly updatedAt: string } | undefined,
): string | null {
  const times = [stats.lastIngestAt, latest?.updatedAt ?? null].filter((t): t is string => t !== null);
  return times.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? null;
}

/**
 * The counts of `stats`, with `latest` the story changed last (the first of `store.stories()`).
 * @example
 * const [stats, [latest]] = await Promise.all([store.stats(), store.stories({ limit: 1 })]);
 * storeCounts(stats, latest).unplaced
 */
export function storeCounts(
  stats: StoreStats,
  latest: { readonly updatedAt: string } | undefined,
): StoreCounts {
  return {
    backend: stats.backend,
    articles: stats.articles,
    unplaced: stats.unplaced,
    stories: stats.stories,
    outlets: stats.outlets,
    reports: stats.reportVersions.reduce((n, r) => n + r.stories, 0),
    staleReports: stats.reportVersions.reduce((n, r) => n + r.stale, 0),
    lastIngestAt: stats.lastIngestAt,
    lastChangeAt: lastChange(stats, latest),
  };
}
