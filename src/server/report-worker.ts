// The worker thread of `reportThread`: computes a story's report from what the server read of it, and
// posts it back (the server saves it). Its own modules load once, at its first task.
import { parentPort } from 'node:worker_threads';
import { createContext } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import { computeStoryReport, type StoryReportInput } from '../store/ingest/reports.ts';

/** One task: a story to compute, the analysis options, the run's time. */
export interface ReportTask {
  readonly id: number;
  readonly input: StoryReportInput;
  readonly options: AnalyzeOptions;
  readonly now: Date;
}

parentPort?.on('message', (task: ReportTask) => {
  try {
    const report = computeStoryReport(task.input, task.options, createContext({ now: task.now }));
    parentPort?.postMessage({ id: task.id, report });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: (error as Error).message });
  }
});
