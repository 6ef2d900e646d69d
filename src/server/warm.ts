import type { StorySummary } from '../store/types.ts';
import { type AppContext, reportOf, storyKey } from './data.ts';

/**
 * Computes story reports ahead of the readers (stale ones, and a newer Parallax's this code cannot
 * read), one after another in the background.
 */
export interface Warmer {
  /**
   * Queue those of these stories (a list page's, newest first) whose stored report is not shown as it
   * is (`reportReadable`), unless queued or computed already.
   */
  ahead(stories: readonly StorySummary[]): void;
  /** Resolves with how many reports were computed ahead so far, once the queue is empty. */
  idle(): Promise<number>;
  /** Empty the queue, queue nothing more and wait for the story under way. */
  stop(): Promise<number>;
}

/**
 * A warmer over the app: each story queued gets its report computed (`reportOf`, in the app's report
 * thread) and stored (only cached in the app when a newer Parallax's report stands in the store), so
 * that a reader's first view of it reads the stored page instead of waiting for the analysis. A page
 * asked for while its story is computed waits for that computation. A failure is logged and the next
 * story goes on.
 */
export function createWarmer(app: AppContext, log?: (line: string) => void): Warmer {
  const queue: StorySummary[] = [];
  const queued = new Set<string>();
  let done = 0;
  let running: Promise<void> | null = null;
  let stopped = false;
  const drain = async () => {
    for (let story = queue.shift(); story && !stopped; story = queue.shift()) {
      const key = storyKey(story);
      await reportOf(app, story).then(
        () => done++,
        // once stopped, the store may be closing under the story under way: no failure to tell
        (error: Error) =>
          stopped || log?.(`the report of ${story?.id} was not computed ahead: ${error.message}`),
      );
      queued.delete(key);
    }
    running = null;
  };
  return {
    ahead(stories) {
      if (stopped) return;
      for (const story of stories) {
        const key = storyKey(story);
        if (story.reportReadable || queued.has(key) || app.reports.get(key)) continue;
        queued.add(key);
        queue.push(story);
      }
      running ??= queue.length ? drain() : null;
    },
    idle: async () => {
      while (running) await running;
      return done;
    },
    stop: async () => {
      stopped = true;
      queue.length = 0;
      queued.clear();
      while (running) await running;
      return done;
    },
  };
}
