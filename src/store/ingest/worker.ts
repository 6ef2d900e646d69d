// A worker thread of `ingestInto`: prepares chunks of input files (piscina calls the default export
// for each task) while the calling thread stores and places the chunks before them.
import type { AnalyzeOptions } from '../../pipeline.ts';
import type { InputFile } from '../../stages/ingest/index.ts';
import { type PreparedChunk, prepareChunk } from './prepare.ts';

/** One task: a chunk of files and the run's options. */
export interface PrepareTask {
  readonly files: readonly InputFile[];
  readonly options: AnalyzeOptions;
  readonly now: Date;
  readonly timings: boolean;
}

/** Prepare one chunk (see `prepareChunk`). */
export default function prepareTask(task: PrepareTask): PreparedChunk {
  return prepareChunk(task.files, task.options, task.now, task.timings);
}
