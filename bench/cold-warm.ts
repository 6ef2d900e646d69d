// What a cold run pays over a warm one, taken apart: V8's warm-up (code compiled and optimised, the
// heap grown) against the caches that a second run over the same texts finds filled (folds, stems,
// word tones, wink-nlp's lexicon look-ups). The 982 ECB+ documents are split by topic into two halves
// of about 490 (A: even topics, B: odd ones); half B is analysed in fresh processes, this thread's CPU
// per stage taken each time:
//   cold         B first, in a process of its own (what the CLI pays);
//   warmed up    B after A (code warm, heap grown, but no cache holds B's words);
//   again        B a second time (everything warm: what `cold-phases.ts --again` measures).
// cold − warmed up is the warm-up; warmed up − again is what the caches of B's own words save,
// which no cold run on new text can have. Rounds alternate the two processes (`--rounds N`, default 2).
//   npx node bench/cold-warm.ts [--rounds N]
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadLine, threadCpuMs } from './lib/measure.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, halves: { type: 'string' } } });

// one process: the halves named in `--halves` ("B" or "A,B,B") analysed in turn; a JSON line for each
async function runHalves(names: readonly string[]): Promise<void> {
  module.enableCompileCache();
  const { loadEcbPlus } = await import('./lib/ecbplus.ts');
  const { analyze, createContext } = await import('../src/cli/engine.ts');
  const { StageTimings } = await import('../src/pipeline-story.ts');
  (await import('../src/text/wink.ts')).getNlp();
  const docs = loadEcbPlus();
  const ofHalf = (name: string) => docs.filter((d) => d.topic % 2 === (name === 'A' ? 0 : 1));
  for (const name of names) {
    const text = ofHalf(name)
      .map((d) => JSON.stringify({ text: d.text }))
      .join('\n');
    const files = [{ path: `half-${name}.jsonl`, bytes: new TextEncoder().encode(text) }];
    const timings = new StageTimings();
    const start = threadCpuMs();
    analyze(files, {}, createContext({ now: new Date(), issues: [], timings }));
    const cpu = threadCpuMs() - start;
    process.stdout.write(`${JSON.stringify({ name, cpu, stages: Object.fromEntries(timings.cpu) })}\n`);
  }
}

type Run = { name: string; cpu: number; stages: Record<string, number> };

// a fresh process of this script running `halves`, with its results
function child(halves: string): Run[] {
  const script = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, [script, '--halves', halves], { encoding: 'utf8', stdio: 'pipe' });
  if (out.status !== 0) throw new Error(`${halves}: ${out.stderr}`);
  return out.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Run);
}

const row = (label: string, run: Run) =>
  `${label.padEnd(10)} ${(run.cpu / 1000).toFixed(2).padStart(6)} s | ${Object.entries(run.stages)
    .map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`)
    .join(', ')}\n`;

if (values.halves) await runHalves(values.halves.split(','));
else {
  const rounds = Number(values.rounds ?? 2);
  process.stdout.write(`half B of the ECB+ documents, this thread's CPU (node ${process.version})\n`);
  for (let round = 1; round <= rounds; round++) {
    const [cold] = child('B');
    const [, warmedUp, again] = child('A,B,B');
    if (!cold || !warmedUp || !again) throw new Error('a child printed no result');
    process.stdout.write(`round ${round} (load ${loadLine()})\n`);
    process.stdout.write(row('cold', cold) + row('warmed up', warmedUp) + row('again', again));
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    process.stdout.write(
      `warm-up ${s(cold.cpu - warmedUp.cpu)}, caches of B's own words ${s(warmedUp.cpu - again.cpu)}\n`,
    );
  }
}
