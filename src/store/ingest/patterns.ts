/**
 * The ingest's tunables, named in one place.
 */

/**
 * Articles stored and placed per committed batch: large enough that a transaction and the rebuild of
 * the grouping window cost little per article, small enough that an interruption loses little work.
 */
export const BATCH_SIZE = 200;

/** Stale story reports recomputed per `refreshStale` call unless told otherwise. */
export const STALE_REPORTS_LIMIT = 1000;
