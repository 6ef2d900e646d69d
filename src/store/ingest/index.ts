import type { Article, RunContext } from '../../model/index.ts';
import type { AnalyzeOptions } from '../../pipeline.ts';
import type { InputFile } from '../../stages/ingest/index.ts';
import type { Store, UpsertOutcome } from '../types.ts';
import { linkStoredCopies, storedTurns } from './copies.ts';
import { groupPending } from './grouping.ts';
import { nameByStoredHosts } from './host-outlets.ts';
import { keptStoredValues } from './kept.ts';
import { outletCopies } from './outlet-copies.ts';
import { BATCH_SIZE, GROUP_EVERY } from './patterns.ts';
import { createPreparer } from './pool.ts';
import type { PreparedChunk } from './prepare.ts';

export { newStoryId, planStep } from './changes.ts';
export { copySample, linkStoredCopies } from './copies.ts';
export { type GroupingOutcome, groupPending, windowStart } from './grouping.ts';
export {
  computeStoryReport,
  refreshStale,
  type StoryReportComputer,
  type StoryReportInput,
  storyReport,
} from './reports.ts';

/** Options of `ingestInto`. */
export interface IngestIntoOptions {
  /** The per-article stages' options (ingest with its manifest, clean, syndicate). */
  readonly analyze?: AnalyzeOptions;
  /** Articles per committed batch (default `BATCH_SIZE`); input files are read as many at a time. */
  readonly batchSize?: number;
  /**
   * Articles stored between two grouping steps (1 places each batch as soon as it is stored). By
   * default `GROUP_EVERY`, or as many as the last step's window held when that is more: each step
   * rebuilds its window, so a step per window's worth of articles keeps that rebuild at about one
   * article's worth per article placed, however dense the feed. The last articles are placed before
   * `ingestInto` returns.
   */
  readonly groupEvery?: number;
  /**
   * Threads to use (default: the machine's cores): this one stores and places articles while
   * `jobs - 1` worker threads prepare them (read, clean, segment); 1 runs all in this thread, as
   * small ingests always do.
   */
  readonly jobs?: number;
  /** How many files an iterable `files` holds, for progress (an array's length is read). */
  readonly totalFiles?: number;
  /** Called after each committed batch. */
  readonly onBatch?: (progress: IngestProgress) => void;
  /** Called as a grouping step starts placing the articles stored since the last (the last step too). */
  readonly onGrouping?: (progress: IngestProgress) => void;
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
  /** Stored stories merged into another (recorded in the store: their ids open the other). */
  readonly storiesMerged: number;
  readonly batches: number;
  /** New articles found to copy an article stored by an earlier batch or ingest (linked to it). */
  readonly copiesOfStored: number;
  /** Store ids of the inserted articles, in input order. */
  readonly insertedIds: readonly string[];
}

/**
 * Ingest files into a store, one committed batch at a time: read, clean and link syndicated copies
 * (within the batch), segment and read each article's grouping features (in worker threads for a
 * large ingest); link copies of articles stored earlier (within days: `linkStoredCopies`); store
 * the batch (articles already stored, by URL or text, are counted as duplicates and left alone);
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
  };
  const insertedIds: string[] = [];
  const total = Array.isArray(files) ? files.length : (options.totalFiles ?? Number.NaN);
  const progress = (done: number): IngestProgress => ({
    files: done,
    totalFiles: Number.isNaN(total) ? done : total,
    articles: tally.articles,
    inserted: tally.inserted,
    duplicates: tally.url + tally.content,
  });
  // the days of the articles stored since the last grouping step, which places them
  let every = options.groupEvery ?? GROUP_EVERY;
  const unplaced: (number | null)[] = [];
  const place = async (settle = false) => {
    options.onGrouping?.(progress(done));
    const start = performance.now();
    const grouped = await groupPending(store, unplaced.splice(0), ctx.now, { settle });
    ctx.timings?.set('group', (ctx.timings.get('group') ?? 0) + performance.now() - start);
    tally.created += grouped.created;
    tally.grown += grouped.grown;
    tally.merged += grouped.merged;
    if (options.groupEvery === undefined) every = Math.max(GROUP_EVERY, grouped.window);
  };
  // files are read from the iterable a chunk at a time, as the chunks are asked for
  const source = files[Symbol.iterator]();
  const chunks: InputFile[][] = [];
  let exhausted = false;
  const chunkAt = (i: number): InputFile[] | undefined => {
    while (chunks.length <= i && !exhausted) {
      const chunk: InputFile[] = [];
      while (chunk.length < size) {
        const next = source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        chunk.push(next.value);
      }
      if (chunk.length) chunks.push(chunk);
    }
    return chunks[i];
  };
  const preparer = createPreparer(options.analyze ?? {}, ctx.now, {
    files: Number.isNaN(total) ? Number.POSITIVE_INFINITY : total,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    timings: ctx.timings !== undefined,
  });
  // with worker threads, the next chunks are prepared while this thread stores this one: one chunk
  // per thread in flight
  const pending = new Map<number, Promise<PreparedChunk>>();
  let done = 0;
  const ask = (i: number) => {
    const chunk = chunkAt(i);
    if (chunk && !pending.has(i)) pending.set(i, preparer.prepare(chunk));
  };
  try {
    for (let i = 0; chunkAt(i); i++) {
      for (let k = i; k < i + Math.max(1, preparer.threads); k++) ask(k);
      const prepared = await (pending.get(i) as Promise<PreparedChunk>);
      pending.delete(i);
      if (preparer.threads) ask(i + preparer.threads);
      ctx.issues.push(...prepared.issues);
      for (const [step, ms] of prepared.timings ?? [])
        ctx.timings?.set(step, (ctx.timings.get(step) ?? 0) + ms);
      // a chunk's files are done once their last article is stored: one bundle of 450 records is no
      // full bar while 250 of them wait
      const chunkFiles = (chunks[i] as InputFile[]).length;
      chunks[i] = []; // its bytes are no longer needed
      // a copy's original stored in an earlier batch of the chunk: chunk-local id → store id
      const storedAs = new Map<string, string>();
      for (let at = 0; at < prepared.articles.length; at += size) {
        const batch = prepared.articles.slice(at, at + size);
        const linked = batch.map(({ row }) => {
          const from = row.article.syndicatedFrom;
          const original = from === null ? undefined : storedAs.get(from);
          return original ? { ...row, article: { ...row.article, syndicatedFrom: original } } : row;
        });
        // a page named only by its domain, after the host's pages stored by earlier ingests
        const rows = await nameByStoredHosts(store, linked);
        // copies of articles stored by earlier batches or ingests, which the chunk could not see
        const looked = performance.now();
        const copies = await linkStoredCopies(store, rows, options.analyze?.syndicate ?? {}, ctx.now);
        const start = performance.now();
        ctx.timings?.set('copies', (ctx.timings.get('copies') ?? 0) + start - looked);
        const outcomes = await store.upsertArticles(copies.rows);
        // another outlet's verbatim copy of a stored text, its outlet given: an article of its own
        const byOutlet = await outletCopies(store, copies.rows, outcomes);
        if (byOutlet.length) {
          const again = await store.upsertArticles(byOutlet.map((copy) => copy.row));
          byOutlet.forEach((copy, k) => {
            outcomes[copy.index] = again[k] as UpsertOutcome;
          });
        }
        await store.turnCopies(storedTurns(copies, outcomes)); // (an earlier original stored after its copies)
        ctx.timings?.set('store', (ctx.timings.get('store') ?? 0) + performance.now() - start);
        outcomes.forEach((outcome, k) => {
          storedAs.set(rows[k]?.article.id as string, outcome.id);
          if (outcome.status === 'inserted' && copies.linked.has(k)) tally.copies++;
          if (outcome.status === 'inserted') insertedIds.push(outcome.id);
          else tally[outcome.by]++;
        });
        // an article stored already keeps its values: said when the manifest gives it others
        const duplicates = outcomes.flatMap((outcome, k) =>
          outcome.status === 'inserted'
            ? []
            : [{ incoming: rows[k]?.article as Article, storedId: outcome.id }],
        );
        ctx.issues.push(...(await keptStoredValues(store, duplicates)));
        tally.articles += batch.length;
        tally.inserted += outcomes.filter((o) => o.status === 'inserted').length;
        tally.batches++;
        // duplicates' days too: a re-run after an interruption places what was stored but not placed
        unplaced.push(...batch.map((b) => b.day));
        if (unplaced.length >= every) await place();
        if (at + size >= prepared.articles.length) done += chunkFiles;
        options.onBatch?.(progress(done));
      }
      if (!prepared.articles.length) {
        done += chunkFiles;
        options.onBatch?.(progress(done));
      }
    }
    // the last step settles its window's stories (bounded: one window per ingest)
    if (unplaced.length) await place(true);
  } finally {
    await Promise.allSettled(pending.values());
    await preparer.close();
  }
  return {
    ...progress(done),
    duplicatesBy: { url: tally.url, content: tally.content },
    storiesCreated: tally.created,
    storiesGrown: tally.grown,
    storiesMerged: tally.merged,
    batches: tally.batches,
    copiesOfStored: tally.copies,
    insertedIds,
  };
}
