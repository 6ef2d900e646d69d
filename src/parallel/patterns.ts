/**
 * Fewest input articles per thread (the main one included) for which `analyzeParallel` starts
 * workers: below it, the run ends in this thread before the workers would have paid for their start. An estimate from the
 * start cost that `npm run bench:parallel` measures (about 1.1 s on 2 cores, against some 9 ms of work
 * per article), not a measured crossing: on 2 cores no size won (see the README).
 */
export const MIN_ARTICLES_PER_WORKER = 100;
