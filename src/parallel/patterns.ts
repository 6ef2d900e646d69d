/**
 * Fewest input articles per thread (the main one included) for which `analyzeParallel` starts
 * workers: below it, the run ends in this thread before the workers would have paid for their start. An estimate from the
 * start cost that `npm run bench:parallel` measures (about 1.1 s on 2 cores, against some 9 ms of work
 * per article), not a measured crossing: on 2 cores no size won (docs/measurements.md, Speed).
 */
export const MIN_ARTICLES_PER_WORKER = 100;

/**
 * The smallest task at the end of a step, as a part of an even share of the step (see `planTasks`):
 * smaller ones would cost more in messages than they save in waiting.
 */
export const TAIL_PARTS = 8;
