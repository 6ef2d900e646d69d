import type { RunContext } from '../../model/index.ts';
import type { InputFile } from '../../stages/ingest/index.ts';
import type { Store } from '../types.ts';
import { readChunks } from './chunks.ts';
import { groupPending } from './grouping.ts';
import type { IngestIntoOptions, IngestProgress, IngestSummary } from './ingest-types.ts';
import { BATCH_SIZE, GROUP_EVERY } from './patterns.ts';
import { createPreparer } from './pool.ts';
import type { PreparedChunk } from './prepare.ts';
import { storeBatch } from './store-batch.ts';

export { newStoryId, planStep } from './changes.ts';
export { copySample, linkStoredCopies } from './copies.ts';
export { type GroupingOutcome, groupPending, windowStart } from './grouping.ts';
export type { IngestIntoOptions, IngestProgress, IngestSummary } from './ingest-types.ts';
export {
  computeStoryReport,
  refreshStale,
  type StoryReportComputer,
  type StoryReportInput,
  storyReport,
  storyReportInput,
} from './reports.ts';

/**
 * Ingest files into a store, one committed batch at a time: read, clean and link syndicated copies
 * (within the batch), segment and read each article's grouping features (in worker threads for a
 * large ingest); link copies of articles stored earlier (within days: `linkStoredCopies`); store
 * the batch (articles already stored, by URL or text, are counted as duplicates and left alone,
 * except another version of a stored page, which replaces it when later and is kept as its revision
 * when earlier, and another day's article at a stored page's address, stored as one of its own);
 * then, every `groupEvery` articles and at the end, place the new articles into stories under the
 * store's grouping lock. A batch is committed whole, so an
 * interrupted ingest loses nothing committed, and running it again stores the rest and places any
 * article left unplaced. The outlets of `options.analyze.compare` (a manifest's, with their
 * leanings) are recorded in the store first. Story reports are not computed here (see
 * `storyReport`, `refreshStale`).
 * @example
 * const summary = await ingestInto(await openStore('news.db'), files, {}, createContext());
 */
export async function ingestInto(
  store: Store,
  files: Iterable<InputFile>,
  options: IngestIntoOptions,
  ctx: RunContext,
): Promise<IngestSummary> {
  // the outlets a manifest or outlet table describes, kept for later reports and coverage by leaning
  const outlets = options.analyze?.compare?.outlets ?? [];
  if (outlets.length) await store.saveOutlets(outlets);
  const size = options.batchSize ?? BATCH_SIZE;
  const tally = {
    articles: 0,
    inserted: 0,
    url: 0,
    content: 0,
    created: 0,
    grown: 0,
    merged: 0,
    batches: 0,
    copies: 0,
    replaced: 0,
    keptEarlier: 0,
  };
  const insertedIds: string[] = [];
  // files are read from the iterable a chunk at a time, as the chunks are asked for
  const chunks = readChunks(files, size, options.totalFiles);
  // files and records done: a chunk's files once its last article is stored; its records as its
  // batches are stored (a 5,000-line bundle moves the bar batch by batch, not once at its end)
  const done = { files: 0, records: 0 };
  const progress = (records = done.records): IngestProgress => ({
    files: done.files,
    totalFiles: chunks.totalFiles(),
    records,
    totalRecords: chunks.totalRecords(),
    articles: tally.articles,
    inserted: tally.inserted,
    duplicates: tally.url + tally.content,
  });
  // the days of the articles stored since the last grouping step, which places them
  let every = options.groupEvery ?? GROUP_EVERY;
  const unplaced: (number | null)[] = [];
  const place = async (records: number, settle = false) => {
    options.onGrouping?.(progress(records));
    const start = performance.now();
    const grouped = await groupPending(store, unplaced.splice(0), ctx.now, { settle });
    ctx.timings?.set('group', (ctx.timings.get('group') ?? 0) + performance.now() - start);
    tally.created += grouped.created;
    tally.grown += grouped.grown;
    tally.merged += grouped.merged;
    if (options.groupEvery === undefined) every = Math.max(GROUP_EVERY, grouped.window);
  };
  const total = chunks.totalFiles();
  options.onStart?.(progress());
  const preparer = createPreparer(options.analyze ?? {}, ctx.now, {
    files: Array.isArray(files) || options.totalFiles !== undefined ? total : Number.POSITIVE_INFINITY,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    timings: ctx.timings !== undefined,
  });
  // with worker threads, the next chunks are prepared while this thread stores this one: one chunk
  // per thread in flight
  const pending = new Map<number, Promise<PreparedChunk>>();
  const ask = (i: number) => {
    const chunk = chunks.at(i);
    if (chunk && !pending.has(i)) pending.set(i, preparer.prepare(chunk));
  };
  try {
    for (let i = 0; chunks.at(i); i++) {
      for (let k = i; k < i + Math.max(1, preparer.threads); k++) ask(k);
      const prepared = await (pending.get(i) as Promise<PreparedChunk>);
      pending.delete(i);
      if (preparer.threads) ask(i + preparer.threads);
      ctx.issues.push(...prepared.issues);
      for (const [step, ms] of prepared.timings ?? [])
        ctx.timings?.set(step, (ctx.timings.get(step) ?? 0) + ms);
      // a chunk's files are done once their last article is stored: one bundle of 450 records is no
      // full bar while 250 of them wait
      const chunkFiles = (chunks.at(i) as InputFile[]).length;
      const chunkRecords = chunks.records(i);
      chunks.drop(i);
      const n = prepared.articles.length;
      // the chunk's records done once `stored` of its articles are: in proportion (records skipped
      // as unreadable have no article), all of them with its last
      const recordsAt = (stored: number) => done.records + Math.round((chunkRecords * stored) / n);
      // a copy's original stored in an earlier batch of the chunk: chunk-local id → store id
      const storedAs = new Map<string, string>();
      for (let at = 0; at < n; at += size) {
        const batch = prepared.articles.slice(at, at + size);
        const { outcomes, linked, replaced, keptEarlier } = await storeBatch(
          store,
          batch,
          storedAs,
          options.analyze ?? {},
          ctx,
        );
        outcomes.forEach((outcome, k) => {
          if (outcome.status === 'inserted' && linked.has(k)) tally.copies++;
          if (outcome.status === 'inserted') insertedIds.push(outcome.id);
          else if (replaced.has(k)) tally.replaced++;
          else if (keptEarlier.has(k)) tally.keptEarlier++;
          else tally[outcome.by]++;
        });
        tally.articles += batch.length;
        tally.inserted += outcomes.filter((o) => o.status === 'inserted').length;
        tally.batches++;
        // duplicates' days too: a re-run after an interruption places what was stored but not placed
        unplaced.push(...batch.map((b) => b.day));
        const stored = Math.min(at + size, n);
        if (unplaced.length >= every) await place(recordsAt(stored));
        if (stored === n) done.files += chunkFiles;
        options.onBatch?.(progress(stored === n ? done.records + chunkRecords : recordsAt(stored)));
      }
      done.records += chunkRecords;
      if (!n) {
        done.files += chunkFiles;
        options.onBatch?.(progress());
      }
    }
    // the last step settles its window's stories (bounded: one window per ingest)
    if (unplaced.length) await place(done.records, true);
  } finally {
    await Promise.allSettled(pending.values());
    await preparer.close();
  }
  return {
    ...progress(),
    duplicatesBy: { url: tally.url, content: tally.content },
    storiesCreated: tally.created,
    storiesGrown: tally.grown,
    storiesMerged: tally.merged,
    batches: tally.batches,
    copiesOfStored: tally.copies,
    replaced: tally.replaced,
    keptEarlier: tally.keptEarlier,
    insertedIds,
  };
}
