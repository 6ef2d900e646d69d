// Preloaded (`--import`) into the cold CLI that bench/lib/cold-cli.ts times: at exit, one line on
// stderr with the main thread's CPU seconds, so that the bench can tell the command's own thread
// from its workers and V8's compiler and collector threads. It adds an exit handler, nothing else
// (a worker thread, which is given the same `--import`, adds none).
import { isMainThread } from 'node:worker_threads';

if (isMainThread)
  process.on('exit', () => {
    const { user, system } = process.threadCpuUsage();
    process.stderr.write(`\nparallax-bench main-thread-cpu ${((user + system) / 1e6).toFixed(2)}\n`);
  });
