// Helpers shared by the store's grouping tests: invented piles grouped by `analyze`'s cluster stage and
// by an in-memory store's ingest, as sorted lists of titles.
import { createContext } from '../../model/index.ts';
import { cluster } from '../../stages/cluster/index.ts';
import { segmented } from '../../stages/cluster/test-articles.ts';
import { openStore } from '../index.ts';
import { ingestInto } from './index.ts';

/** Stories as lists of titles, each sorted, sorted by their first title. */
export const byTitle = (groups: Iterable<readonly (string | null)[]>): string[][] =>
  [...groups]
    .map((titles) => titles.map((t) => t ?? '').sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

/** The stories the cluster stage makes of `records`, by title. */
export function analyzedTitles(records: readonly Record<string, string>[]): string[][] {
  const docs = segmented(records);
  const title = new Map(docs.map((d) => [d.article.id, d.article.title]));
  return byTitle(
    cluster()(docs, createContext()).map((s) => s.articleIds.map((id) => title.get(id) ?? null)),
  );
}

/** The stories an in-memory store makes of `records` stored in one ingest on `now`, by title. */
export function storedTitles(records: readonly Record<string, string>[], now: string): Promise<string[][]> {
  return polledTitles([records], now);
}

/** The stories an in-memory store makes of `polls` stored one ingest each (a feed's polls) on `now`, by title. */
export async function polledTitles(
  polls: readonly (readonly Record<string, string>[])[],
  now: string,
): Promise<string[][]> {
  const store = await openStore(':memory:');
  try {
    let n = 0;
    for (const records of polls) {
      const files = records.map((r) => ({
        path: `f${n++}.json`,
        bytes: new TextEncoder().encode(JSON.stringify(r)),
      }));
      await ingestInto(store, files, {}, createContext({ now: new Date(now) }));
    }
    const inStore = new Map<string, (string | null)[]>();
    for await (const { article, storyId } of store.articles())
      inStore.set(storyId ?? '', [...(inStore.get(storyId ?? '') ?? []), article.title]);
    return byTitle(inStore.values());
  } finally {
    await store.close();
  }
}
