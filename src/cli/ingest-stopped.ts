// Ctrl-C during `ingest`: the line said beside the run (interrupted.ts) counts what the store holds of
// it. The store is watched, not the ingest's progress: a batch is counted once its transaction has
// committed and its articles as placed once the grouping step that places them has; while a batch is
// stored, the line says so (SQLite commits it, then may copy its log into the file for tens of ms
// before the call returns: a Ctrl-C then finds it stored).
import { plural } from '../report/util.ts';
import type { Store } from '../store/types.ts';

/** What an ingest had done when it stopped: new articles stored, of them in no story, and at work. */
export interface IngestStop {
  readonly stored: number;
  readonly unplaced: number;
  /** Articles of the batch being stored as it stopped (stored if its commit came first). */
  readonly storing?: number;
  /** Whether a grouping step was placing the unplaced ones. */
  readonly placing?: boolean;
}

/**
 * What an ingest stopped before its end says: the new articles it stored, how many of them wait in
 * no story (the next ingest places them), and that running it again stores the rest.
 * @example
 * ingestStoppedLine({ stored: 200, unplaced: 200 }) // 'stopped before the end (run it again for the rest): 200 articles stored, 200 not yet in stories'
 */
export function ingestStoppedLine({ stored, unplaced, storing = 0, placing = false }: IngestStop): string {
  const start = 'stopped before the end (run it again for the rest)';
  const being = storing ? `; up to ${storing} more were being stored as it stopped` : '';
  if (!stored) return `${start}: no new article stored${being || ' yet'}`;
  const waiting = unplaced
    ? `${unplaced} not yet in stories${placing ? ' (being placed as it stopped)' : ''}`
    : 'all in stories';
  return `${start}: ${plural(stored, 'article')} stored, ${waiting}${being}`;
}

/**
 * `store`, telling `tell` the stopped line again as each batch of articles is being stored and once
 * it is, and as each grouping step starts and once it has placed them (every article this run stored
 * before the step: `groupPending` places every one in its window, which their days set).
 */
export function tellingStore(store: Store, tell: (line: string) => void): Store {
  let stored = 0;
  let placed = 0;
  const say = (at: Partial<IngestStop> = {}) =>
    tell(`parallax: ${ingestStoppedLine({ stored, unplaced: stored - placed, ...at })}`);
  return {
    ...store,
    async upsertArticles(batch) {
      say({ storing: batch.length });
      try {
        const outcomes = await store.upsertArticles(batch);
        stored += outcomes.filter((outcome) => outcome.status === 'inserted').length;
        return outcomes;
      } finally {
        say();
      }
    },
    async withGroupingLock(work) {
      const before = stored;
      say({ placing: stored > placed });
      try {
        const result = await store.withGroupingLock(work);
        placed = before;
        return result;
      } finally {
        say();
      }
    },
  };
}
