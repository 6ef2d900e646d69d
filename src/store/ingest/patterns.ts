/**
 * The ingest's tunables, named in one place.
 */

/**
 * Articles stored and placed per committed batch: large enough that a transaction and the rebuild of
 * the grouping window cost little per article, small enough that an interruption loses little work.
 */
export const BATCH_SIZE = 200;

/**
 * Fewest articles stored between two grouping steps: each step rebuilds the grouping window from the
 * store, so placing a thousand articles at a time costs that rebuild once per thousand (an ingest
 * waits for as many as the last window held when that is more). Stored articles wait unplaced (in no
 * story) until the step; an interrupted ingest's are placed by the next one.
 */
export const GROUP_EVERY = 1000;

/** Stale story reports recomputed per `refreshStale` call unless told otherwise. */
export const STALE_REPORTS_LIMIT = 1000;

/**
 * Fewest input files for which an ingest prepares its articles in worker threads: a smaller ingest
 * is over before the threads would have loaded the pipeline.
 */
export const MIN_FILES_FOR_WORKERS = 400;

/**
 * How many days apart (by publication date, else ingest time) a new article and a stored one may be
 * for the new one to be taken as a copy of it: republished wire copy runs within days of the
 * original; the same text weeks later is a story of its own.
 */
export const COPY_WINDOW_DAYS = 7;
