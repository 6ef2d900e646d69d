// A worker thread of `analyzeParallel` (piscina loads this file and calls its default export for each
// task). Only `node:` modules are imported here: the pipeline is imported after Node's compile cache is
// on, when the run's process uses one (the CLI does), so that the worker reads the modules the cache
// already holds compiled instead of stripping and compiling them again (about 200 ms of each worker's
// start). Piscina awaits the handler, so the thread reports ready with the pipeline and wink-nlp loaded.
import module from 'node:module';
import { workerData } from 'node:worker_threads';
import type { WorkerSetup } from './tasks.ts';

const { compileCache } = workerData as WorkerSetup;
if (compileCache) module.enableCompileCache(compileCache);

// The worker module beside this one: TypeScript in a checkout, JavaScript in the built package.
const RUN = new URL(`./run-task${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, import.meta.url);

export default import(RUN.href).then((m: typeof import('./run-task.ts')) => m.runTask);
