/** The options, progress and summary of `ingestInto`. */
import type { AnalyzeOptions } from '../../pipeline.ts';

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
  /** Called once the files are counted, before the first is read (an array's records counted whole). */
  readonly onStart?: (progress: IngestProgress) => void;
  /** Called after each committed batch. */
  readonly onBatch?: (progress: IngestProgress) => void;
  /** Called as a grouping step starts placing the articles stored since the last (the last step too). */
  readonly onGrouping?: (progress: IngestProgress) => void;
}

/**
 * Where an ingest stands: files read of all, records read of all (a JSONL bundle's lines, a JSON
 * bundle's items, one a page: `recordCount`), and what the committed batches did so far. The records
 * of an iterable's files not read yet are counted as one a file (`totalFiles`), until read.
 */
export interface IngestProgress {
  readonly files: number;
  readonly totalFiles: number;
  readonly records: number;
  readonly totalRecords: number;
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
  /** Articles found stored by their address that were a later version of it, stored in its place (not duplicates). */
  readonly replaced: number;
  /** Articles found stored by their address that were an earlier version of it, kept as its revision (not duplicates). */
  readonly keptEarlier: number;
  /** Store ids of the inserted articles, in input order. */
  readonly insertedIds: readonly string[];
}
