import type { Article, RunContext } from '../../model/index.ts';
import { type AnalyzeOptions, readArticles } from '../../pipeline.ts';
import { articleFeatures } from '../../stages/cluster/index.ts';
import type { InputFile } from '../../stages/ingest/index.ts';
import { segment } from '../../stages/segment/index.ts';
import { contentHash, urlKey } from '../keys.ts';
import type { NewArticle, Store } from '../types.ts';
import { storeFeatures } from './features.ts';
import { groupPending } from './grouping.ts';
import { BATCH_SIZE, GROUP_EVERY } from './patterns.ts';

export { type GroupingOutcome, groupPending, newStoryId, windowStart } from './grouping.ts';
export { refreshStale, storyReport } from './reports.ts';

/** Options of `ingestInto`. */
export interface IngestIntoOptions {
  /** The per-article stages' options (ingest with its manifest, clean, syndicate). */
  readonly analyze?: AnalyzeOptions;
  /** Articles per committed batch (default `BATCH_SIZE`); input files are read as many at a time. */
  readonly batchSize?: number;
  /**
   * Articles stored between two grouping steps (default `GROUP_EVERY`; 1 places each batch as soon
   * as it is stored). The last articles are placed before `ingestInto` returns.
   */
  readonly groupEvery?: number;
  /** Called after each committed batch. */
  readonly onBatch?: (progress: IngestProgress) => void;
}

/** Where an ingest stands: files read of all, and what the committed batches did so far. */
export interface IngestProgress {
  readonly files: number;
  readonly totalFiles: number;
  readonly articles: number;
  readonly inserted: number;
  readonly duplicates: number;
}

/** What an ingest did, for its summary line. */
export interface IngestSummary extends IngestProgress {
  /** Of the duplicates, how many were recognised by their URL and by their text. */
  readonly duplicatesBy: { readonly url: number; readonly content: number };
  /** Stories created and stories that gained articles. */
  readonly storiesCreated: number;
  readonly storiesGrown: number;
  readonly batches: number;
  /** Store ids of the inserted articles, in input order. */
  readonly insertedIds: readonly string[];
}

/**
 * Ingest files into a store, one committed batch at a time: read, clean and link syndicated copies
 * (within the batch), segment and read each article's grouping features; store the batch (articles
 * already stored, by URL or text, are counted as duplicates and left alone); then place the new
 * articles into stories under the store's grouping lock. A batch is committed whole, so an
 * interrupted ingest loses nothing committed, and running it again stores the rest and places any
 * article left unplaced. Story reports are not computed here (see `storyReport`, `refreshStale`).
 * @example
 * const summary = await ingestInto(await openStore('news.db'), files, {}, createContext());
 */
export async function ingestInto(
  store: Store,
  files: readonly InputFile[],
  options: IngestIntoOptions,
  ctx: RunContext,
): Promise<IngestSummary> {
  const size = options.batchSize ?? BATCH_SIZE;
  const segmentOne = segment();
  const tally = { articles: 0, inserted: 0, url: 0, content: 0, created: 0, grown: 0, batches: 0 };
  const insertedIds: string[] = [];
  const progress = (done: number): IngestProgress => ({
    files: done,
    totalFiles: files.length,
    articles: tally.articles,
    inserted: tally.inserted,
    duplicates: tally.url + tally.content,
  });
  // the days of the articles stored since the last grouping step, which places them
  const every = options.groupEvery ?? GROUP_EVERY;
  const unplaced: (number | null)[] = [];
  const place = async () => {
    const start = performance.now();
    const grouped = await groupPending(store, unplaced.splice(0), ctx.now);
    ctx.timings?.set('group', (ctx.timings.get('group') ?? 0) + performance.now() - start);
    tally.created += grouped.created;
    tally.grown += grouped.grown;
  };
  // a copy's original, stored in an earlier batch of the same read: batch-local id → store id
  const storedAs = new Map<string, string>();
  for (let from = 0; from < files.length; from += size) {
    const chunk = files.slice(from, from + size);
    const read = readArticles(chunk, options.analyze ?? {}, ctx).filter((a) => a.wordCount > 0);
    // originals before their copies, so a copy's original is in its batch or an earlier one
    const ordered = [...read.filter((a) => !a.syndicatedFrom), ...read.filter((a) => a.syndicatedFrom)];
    for (let at = 0; at < ordered.length; at += size) {
      const batch = ordered.slice(at, at + size).map((article) => toNew(article, storedAs, segmentOne, ctx));
      const stored = performance.now();
      const outcomes = await store.upsertArticles(batch.map((b) => b.row));
      const placing = performance.now();

      outcomes.forEach((outcome, i) => {
        storedAs.set(batch[i]?.localId as string, outcome.id);
        if (outcome.status === 'inserted') insertedIds.push(outcome.id);
        else tally[outcome.by]++;
      });
      tally.articles += batch.length;
      tally.inserted += outcomes.filter((o) => o.status === 'inserted').length;
      tally.batches++;
      // with ctx.timings (benchmarks), the store's share and the grouping's are timed apart
      ctx.timings?.set('store', (ctx.timings.get('store') ?? 0) + placing - stored);
      // duplicates' days too: a re-run after an interruption places what was stored but not placed
      unplaced.push(...batch.map((b) => b.day));
      if (unplaced.length >= every) await place();
      options.onBatch?.(progress(Math.min(files.length, from + chunk.length)));
    }
    storedAs.clear();
    if (!ordered.length) options.onBatch?.(progress(Math.min(files.length, from + chunk.length)));
  }
  if (unplaced.length) await place();
  return {
    ...progress(files.length),
    duplicatesBy: { url: tally.url, content: tally.content },
    storiesCreated: tally.created,
    storiesGrown: tally.grown,
    batches: tally.batches,
    insertedIds,
  };
}

// One article as the store takes it: batch-local ids made distinct from store ids (`n1` …), a copy's
// original already stored pointed at by its store id, its keys and its grouping features.
function toNew(
  article: Article,
  storedAs: ReadonlyMap<string, string>,
  segmentOne: ReturnType<typeof segment>,
  ctx: RunContext,
): { localId: string; row: NewArticle; day: number | null } {
  const local = (id: string) => `n${id.replace(/^\D+/, '')}`;
  const from = article.syndicatedFrom;
  const renamed: Article = {
    ...article,
    id: local(article.id),
    syndicatedFrom: from === null ? null : (storedAs.get(from) ?? local(from)),
  };
  const doc = timed(ctx, 'segment', () => segmentOne(renamed, ctx));
  const features = timed(ctx, 'features', () => articleFeatures(doc));
  return {
    localId: article.id,
    day: features.day,
    row: {
      article: renamed,
      urlKey: urlKey(article.url),
      contentHash: contentHash(article.text),
      features: storeFeatures(features, doc),
    },
  };
}

// Run one step, adding its elapsed time to ctx.timings when the caller asked for timings.
function timed<T>(ctx: RunContext, step: string, work: () => T): T {
  if (!ctx.timings) return work();
  const start = performance.now();
  const result = work();
  ctx.timings.set(step, (ctx.timings.get(step) ?? 0) + performance.now() - start);
  return result;
}
