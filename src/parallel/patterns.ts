/**
 * Fewest input articles per worker thread for which `analyzeParallel` starts a pool: below it, the
 * run ends in this thread before the workers would have loaded the pipeline (measured with
 * `npm run bench:parallel`; see the README).
 */
export const MIN_ARTICLES_PER_WORKER = 100;
