// How well the store's online grouping groups bench:store's feed: B-cubed of the stored stories
// against the feed's gold stories, beside the batch grouping (what `analyze` does) of the same
// articles' stored features.
import { consolidate, createGrouper, dateOrder } from '../../src/stages/cluster/index.ts';
import { FIRST_PASS_THRESHOLD } from '../../src/stages/cluster/patterns.ts';
import { loadFeatures } from '../../src/store/ingest/features.ts';
import type { Store } from '../../src/store/types.ts';
import { bcubed } from './bcubed.ts';

/**
 * B-cubed P, R and F1 of the store's stories and of batch grouping, against `goldOf` each article's
 * URL (event and copy), and against the events alone.
 */
export async function groupingQuality(
  store: Store,
  goldOf: (url: string) => string | null,
): Promise<Record<'online' | 'batch' | 'onlineByEvent' | 'batchByEvent', ReturnType<typeof bcubed>>> {
  const gold = new Map<string, string>();
  const online = new Map<string, string>();
  for await (const { article, storyId } of store.articles()) {
    const label = article.url ? goldOf(article.url) : null;
    if (label === null || storyId === null) continue;
    gold.set(article.id, label);
    online.set(article.id, storyId);
  }
  const features = [];
  for await (const row of store.featuresSince(null))
    if (gold.has(row.id)) features.push(loadFeatures(row.id, row.features).features);
  const grouper = createGrouper();
  for (const f of features) grouper.observe(f);
  for (const f of dateOrder(features)) grouper.place(f, FIRST_PASS_THRESHOLD);
  consolidate(grouper);
  const batch = new Map(grouper.entries().map((e) => [e.id, String(e.placement.story)]));
  // the same against the source events alone (every copy of an event one story)
  const events = new Map([...gold].map(([id, label]) => [id, label.replace(/#\d+$/, '')]));
  return {
    online: bcubed(online, gold),
    batch: bcubed(batch, gold),
    onlineByEvent: bcubed(online, events),
    batchByEvent: bcubed(batch, events),
  };
}
