import { existsSync, readFileSync } from 'node:fs';
import { createContext, type SegmentedArticle } from '../../src/model/index.ts';
import { readArticles } from '../../src/pipeline.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { sharedPath } from '../../test/shared.ts';
import { loadEcbPlus } from './ecbplus.ts';

/** A labelled clustering set: segmented articles and, per article id, its gold labels. */
export interface ClusterSet {
  readonly docs: readonly SegmentedArticle[];
  /** article id → gold event (story) */
  readonly event: ReadonlyMap<string, string>;
  /** article id → gold topic (the event when the set has no topic level) */
  readonly topic: ReadonlyMap<string, string>;
  /** article id → the dataset's split half: 'dev' or 'held-out' */
  readonly half: ReadonlyMap<string, 'dev' | 'held-out'>;
}

// Clean and segment `records` (JSON articles) as `analyze` would.
function segmentAll(records: readonly Record<string, string>[]): SegmentedArticle[] {
  const ctx = createContext();
  const files = records.map((r, i) => ({
    path: `doc${String(i).padStart(5, '0')}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(r)),
  }));
  const segmentOne = segment();
  return readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
}

/** ECB+ (982 documents): gold events and topics; even topics are the development half. */
export function ecbSet(): ClusterSet {
  const raw = loadEcbPlus();
  const docs = segmentAll(raw.map((d) => ({ text: d.text })));
  const ids = docs.map((d) => d.article.id);
  return {
    docs,
    event: new Map(ids.map((id, i) => [id, raw[i]?.event_cluster as string])),
    topic: new Map(ids.map((id, i) => [id, String(raw[i]?.topic)])),
    half: new Map(ids.map((id, i) => [id, (raw[i]?.topic as number) % 2 === 0 ? 'dev' : 'held-out'])),
  };
}

/** NeuS/AllSides validation: every outlet excerpt (title + text) one article, its story the gold; even ids dev. */
export function neusSet(): ClusterSet | null {
  const file = sharedPath('datasets', 'neus_allsides', 'val.jsonl');
  if (!existsSync(file)) return null;
  const stories = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; sources: { title: string; text: string }[] });
  // two excerpts have no text: ingest skips them, so they are left out here, keeping ids and gold aligned
  const excerpts = stories.flatMap((s) =>
    s.sources.filter((x) => x.text.trim()).map((x) => ({ story: s.id, title: x.title, text: x.text })),
  );
  const gold = excerpts.map((x) => x.story);
  const docs = segmentAll(excerpts.map(({ title, text }) => ({ title, text })));
  if (docs.length !== gold.length)
    throw new Error(`NeuS: ${docs.length} articles read of ${gold.length} excerpts`);
  const ids = docs.map((d) => d.article.id);
  const half = (story: string) => (Number(story.split('-').pop()) % 2 === 0 ? 'dev' : 'held-out');
  return {
    docs,
    event: new Map(ids.map((id, i) => [id, gold[i] as string])),
    topic: new Map(ids.map((id, i) => [id, gold[i] as string])),
    half: new Map(ids.map((id, i) => [id, half(gold[i] as string)])),
  };
}

/** Pairwise precision, recall and F1 of a predicted clustering against gold labels (same keys). */
export function pairwise(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const pairsIn = (labels: ReadonlyMap<string, string>) => {
    const sizes = new Map<string, number>();
    for (const label of labels.values()) sizes.set(label, (sizes.get(label) ?? 0) + 1);
    let n = 0;
    for (const s of sizes.values()) n += (s * (s - 1)) / 2;
    return n;
  };
  const both = new Map<string, string>();
  for (const [item, label] of predicted) both.set(item, `${label}\u0000${gold.get(item)}`);
  const common = pairsIn(both);
  const precision = common / (pairsIn(predicted) || 1);
  const recall = common / (pairsIn(gold) || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/** A seeded permutation, so shuffled runs repeat (test/shuffled.ts: the src tests feed it too). */
export { shuffled } from '../../test/shuffled.ts';
