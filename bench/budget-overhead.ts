// npm run bench:budget: what the per-article and per-story time budget (--article-timeout) costs when
// no article is slow — `analyze` in this thread on ECB+ documents with the default budget and with none,
// alternating in one process, timed in this thread's CPU time (steadier than wall-clock time on a
// shared machine). Fails if any budget ran out (then it would measure something else).
//   npm run bench:budget [-- --docs 300 --rounds 6]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { threadCpuMs } from './lib/measure.ts';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '300' }, rounds: { type: 'string', default: '6' } },
});
const docs = loadEcbPlus().slice(0, Number(values.docs));
const rounds = Number(values.rounds);
const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify({ text: d.text })).join('\n'));
const files = [{ path: 'ecbplus.jsonl', bytes }];
const variants = [
  ['default budget', {}],
  ['no budget', { articleTimeoutMs: Number.POSITIVE_INFINITY }],
] as const;
const times = new Map<string, number[]>(variants.map(([name]) => [name, []]));
process.stdout.write(
  `parallax bench:budget — ${docs.length} ECB+ documents, ${rounds} rounds, node ${process.version}; load ${loadavg()[0]?.toFixed(1)}\n`,
);
analyze(files, {}, createContext()); // warm-up: the first run pays for loading and compiling
// the order alternates (AB, BA, ...), so that neither always runs after the other's garbage
for (let round = 0; round < rounds; round++)
  for (const [name, options] of round % 2 ? [...variants].reverse() : variants) {
    const start = threadCpuMs();
    const report = analyze(files, options, createContext({ now: new Date(0) }));
    times.get(name)?.push(threadCpuMs() - start);
    if (report.issues.some((i) => i.code.startsWith('pipeline/')))
      throw new Error(`a time budget ran out in the "${name}" run: the machine is too busy to measure`);
  }
const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
for (const [name, list] of times)
  process.stdout.write(
    `${name.padEnd(16)} median ${Math.round(median(list))} ms of CPU (runs: ${list.map((ms) => Math.round(ms)).join(', ')})\n`,
  );
const [withBudget, without] = variants.map(([name]) => median(times.get(name) ?? []));
process.stdout.write(
  `the budget costs ${(((withBudget ?? 0) / (without ?? 1) - 1) * 100).toFixed(1)}% of the CPU time; load at the end ${loadavg()[0]?.toFixed(1)}\n`,
);
