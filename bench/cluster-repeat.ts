// Does the grouping repeat? The NeuS dev half grouped in seeded orders (as `eval:cluster --dev
// --orders` draws them), again and again in one process: each run prints a hash of all its orders'
// story assignments and each order's event B3 F1, so two runs, or two processes, compare exactly.
// `npx node bench/cluster-repeat.ts [runs=3] [orders=5]` (run it again in other processes to
// compare across them; an order `eval:cluster` printed as an outlier is its seed here).

import { createHash } from 'node:crypto';
import { groupFeatures } from '../src/stages/cluster/index.ts';
import { bcubed } from './lib/bcubed.ts';
import { neusSet, shuffled } from './lib/cluster-data.ts';
import { labels, prepare, subset } from './lib/cluster-eval.ts';

const [runs, orders] = [Number(process.argv[2] ?? 3), Number(process.argv[3] ?? 5)];
const set = neusSet();
if (!set) throw new Error('NeuS/AllSides not found under ../shared/datasets/neus_allsides');
const dev = subset(prepare(set), 'dev');
const gold = new Map(dev.features.map((f) => [f.id, dev.set.event.get(f.id) as string]));
for (let run = 1; run <= runs; run++) {
  const hash = createHash('sha1');
  const f1s: string[] = [];
  for (let seed = 1; seed <= orders; seed++) {
    const stories = groupFeatures(shuffled(dev.features, seed), shuffled(dev.set.docs, seed));
    hash.update(
      `${stories
        .map((s) => [...s.articleIds].sort().join(','))
        .sort()
        .join('|')}\n`,
    );
    f1s.push(bcubed(labels(stories).story, gold).f1.toFixed(3));
  }
  process.stdout.write(`run ${run}: ${hash.digest('hex').slice(0, 12)}  ${f1s.join(' ')}\n`);
}
