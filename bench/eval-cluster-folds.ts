// `npx node bench/eval-cluster-folds.ts`: the grouping's development halves in two folds each
// (bench/lib/cluster-folds.ts: ECB+ even topics 0, 4, 8 … against 2, 6, 10 …; NeuS even story ids the
// same way), each fold grouped alone in seeded orders (`--seeds N`, seeds 0 to N-1, default 5; the
// input's order moves no figure, the seeded order does), and NeuS's folds scored inside its one run
// of all excerpts. A change is kept only when it gains on both folds beyond the seeds' spread. No
// held-out figure is printed. `--signature`: what an event signature of the leads (names, figures,
// who did what: bench/lib/cluster-signature.ts) shares on each kind of pair of each dev half.
// `--singles`: for the articles each fold and dev half (seed 0) leaves alone while their gold story is
// elsewhere, where that story ranks by each signal of the score (bench/lib/cluster-singles.ts).
// `--steps`: NeuS's dev half alone and its dev articles inside the one run, counted after each step of
// the batch settling (bench/lib/cluster-steps.ts): where the mixes of look-alike stories form.
// `--hash`: the folds by a hash of the story number (`hashFoldOf`) instead of its quarter: a second
// parting of the same dev stories, on which no rule so far was written.

import { batchGrouper, groupFeatures } from '../src/stages/cluster/index.ts';
import { bcubed } from './lib/bcubed.ts';
import { ecbSet, neusSet } from './lib/cluster-data.ts';
import { labels, type Prepared, prepare, run, spread, subset } from './lib/cluster-eval.ts';
import { type FoldOf, foldOf, hashFoldOf, inFold } from './lib/cluster-folds.ts';
import { formatSignatures, tallySignatures } from './lib/cluster-signature.ts';
import { formatSingles, singleRanks } from './lib/cluster-singles.ts';
import { formatSteps, stepCounts } from './lib/cluster-steps.ts';

const at = process.argv.indexOf('--seeds');
const SEEDS = Array.from({ length: at > 0 ? Number(process.argv[at + 1]) : 5 }, (_, i) => i);
const SIGNATURE = process.argv.includes('--signature');
const SINGLES = process.argv.includes('--singles');
const STEPS = process.argv.includes('--steps');
const SPLIT: FoldOf = process.argv.includes('--hash') ? hashFoldOf : foldOf;

// The event B-cubed F1 of `p` grouped alone in each seeded order.
const alone = (p: Prepared) => SEEDS.map((seed) => run(p, { seed }).event.f1);

// `--singles`: the ranks of the gold stories of the articles `p` alone (seed 0) leaves alone.
function singles(name: string, p: Prepared): void {
  if (SINGLES)
    process.stdout.write(formatSingles(name, singleRanks(batchGrouper(p.features).entries(), p.set.event)));
}

function folds(name: string, dev: Prepared, numberOf: (id: string) => number): void {
  for (const fold of ['A', 'B'] as const) {
    const p = inFold(dev, numberOf, fold, SPLIT);
    process.stdout.write(`  ${name} fold ${fold} alone: ${spread(alone(p))}\n`);
    singles(`${name} fold ${fold}`, p);
  }
  process.stdout.write(`  ${name} dev half alone: ${spread(alone(dev))}\n`);
  singles(`${name} dev half`, dev);
}

process.stdout.write(
  `ECB+ and NeuS development halves in two folds (${SPLIT === foldOf ? 'by quarter' : 'by hash'}), seeds 0-${SEEDS.length - 1}\n`,
);
const ecb = prepare(ecbSet());
const ecbDev = subset(ecb, 'dev');
const topicOf = (id: string) => Number(ecb.set.topic.get(id));
folds('ECB+', ecbDev, topicOf);
if (SIGNATURE) {
  const { story } = labels(groupFeatures(ecbDev.features, ecbDev.set.docs));
  const sameTopic = (a: string, b: string) => topicOf(a) === topicOf(b);
  process.stdout.write('  ECB+ dev half, two articles of one gold topic:\n');
  process.stdout.write(formatSignatures(tallySignatures(ecbDev.set.docs, story, ecb.set.event, sameTopic)));
}

const neus = neusSet();
if (neus) {
  const p = prepare(neus);
  const dev = subset(p, 'dev');
  const storyOf = (id: string) => Number((p.set.event.get(id) as string).split('-').pop());
  folds('NeuS', dev, storyOf);
  // each fold's articles scored inside the one run of all 919 excerpts (the other articles in its stories count against it)
  const runs = SEEDS.map((seed) => labels(groupFeatures(p.features, p.set.docs, { seed })).story);
  for (const fold of ['A', 'B'] as const) {
    const gold = new Map([...p.set.event].filter(([id]) => SPLIT(storyOf(id)) === fold));
    const f1s = runs.map((story) => bcubed(story, gold).f1);
    process.stdout.write(`  NeuS fold ${fold} inside the one run: ${spread(f1s)}\n`);
  }
  if (STEPS) {
    const isDev = (id: string) => p.set.half.get(id) === 'dev';
    process.stdout.write(formatSteps('NeuS dev half alone', stepCounts(dev.features, p.set.event, isDev)));
    process.stdout.write(
      formatSteps('NeuS dev inside the one run', stepCounts(p.features, p.set.event, isDev)),
    );
  }
  if (SIGNATURE) {
    const { story } = labels(groupFeatures(dev.features, dev.set.docs));
    process.stdout.write(
      '  NeuS dev half, two articles of one story, together, or sharing a name of their leads:\n',
    );
    process.stdout.write(
      formatSignatures(tallySignatures(dev.set.docs, story, p.set.event, undefined, true)),
    );
  }
} else process.stdout.write('NeuS/AllSides skipped: ../shared/datasets/neus_allsides not found\n');
