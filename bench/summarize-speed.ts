import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createContext, type StoryInput } from '../src/model/index.ts';
import { analyzeSteps, itemRunner } from '../src/pipeline.ts';
import { compare } from '../src/stages/compare/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { summarize } from '../src/stages/summarize/index.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { digestOf, threadCpuMs } from './lib/measure.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, dump: { type: 'string' } },
});
const rounds = Math.max(1, Number(values.rounds));
const docs = loadEcbPlus();
const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify({ text: d.text })).join('\n'));
const ctx = createContext({ now: new Date('2026-12-03T00:00:00Z') });

// the pipeline's steps up to the stories, run in this thread
const steps = analyzeSteps([{ path: 'ecbplus.jsonl', bytes }], {}, ctx);
const run = itemRunner({});
let next = steps.next();
while (!next.done && next.value.kind !== 'story') next = steps.next(run(next.value, ctx));
if (next.done || next.value.kind !== 'story') throw new Error('the pipeline yielded no story step');
const stories = next.value.items as readonly StoryInput[];
const prior = next.value.prior;
const runExtract = extract();
const runCompare = compare({ prior });
const inputs = stories.map((input) => {
  const extraction = runExtract(input, ctx);
  return { ...input, ...extraction, ...runCompare({ ...input, ...extraction }, ctx) };
});
const articles = inputs.reduce((n, s) => n + s.articles.length, 0);

const times: number[] = [];
let hash = '';
for (let r = 0; r < rounds; r++) {
  // a fresh stage each round, as each run of analyze builds one
  const runSummarize = summarize();
  const start = threadCpuMs();
  const outputs = inputs.map((input) => runSummarize(input, ctx));
  times.push(threadCpuMs() - start);
  hash = digestOf(outputs);
  if (values.dump) writeFileSync(values.dump, outputs.map((o) => JSON.stringify(o)).join('\n'));
}
console.log(
  `summarize on ${inputs.length} ECB+ stories (${articles} articles): CPU ms per round ${times.map((t) => t.toFixed(0)).join(', ')}; best ${Math.min(...times).toFixed(0)} ms; load ${loadavg()[0]?.toFixed(2)}; output ${hash}`,
);
