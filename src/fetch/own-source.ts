import type { FetchSource } from '../store/fetch-types.ts';
import { urlKey } from '../store/keys.ts';

/**
 * The targets, each URL given for no source that a followed source lists taken as that source's: a
 * followed feed fetched alone (`parallax fetch FEED --refresh`) reads the source's own pages, which
 * stay the source's.
 */
export function ownTargets<T extends { url: string; source: FetchSource | null; text?: string }>(
  targets: readonly T[],
  sources: readonly FetchSource[],
): T[] {
  const byKey = new Map(
    sources.flatMap((s) => s.urls.map((u): [string, FetchSource] => [urlKey(u) ?? u, s])),
  );
  return targets.map((t) =>
    t.source || t.text !== undefined ? t : { ...t, source: byKey.get(urlKey(t.url) ?? t.url) ?? null },
  );
}
