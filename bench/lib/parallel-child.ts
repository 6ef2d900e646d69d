// One cold analysis in its own process, as a command starts: args `<jsonl file> <jobs>`; the pool is
// started whatever the size. Prints one JSON line {ms, articles}: ms from process start (module
// loading included) to the report.
import { readFileSync } from 'node:fs';
import { createContext } from '../../src/model/index.ts';
import { analyzeParallel } from '../../src/parallel/index.ts';

const [path, jobs] = process.argv.slice(2);
if (!path || !jobs) throw new Error('usage: parallel-child.ts <jsonl file> <jobs>');
const files = [{ path, bytes: readFileSync(path) }];
const report = await analyzeParallel(files, {}, createContext({ now: new Date('2026-01-01T00:00:00Z') }), {
  jobs: Number(jobs),
  minArticlesPerWorker: 0,
});
process.stdout.write(
  `${JSON.stringify({ ms: Math.round(performance.now()), articles: report.articles.length })}\n`,
);
