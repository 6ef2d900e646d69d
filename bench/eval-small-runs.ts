// The story grouping of small runs (a user's first try with two to four articles), on the development
// halves only (ECB+ even topics, NeuS even ids): seeded samples of each half's articles grouped as
// runs of their own, as `parallax analyze` groups a folder holding just them. A run of two articles
// of one gold story should make one story; two articles of two gold topics two stories; on ECB+ two
// events of one topic (look-alikes: two quakes, two arrests) two stories too, the hardest case.
// Three-article runs hold a pair of one story and an article of another topic, four-article runs two
// such pairs: "right" counts the runs grouped exactly as the gold. In a run this small the grouping's
// document frequencies tell little, so it is measured apart from bench/eval-cluster.ts's large runs.
// `npx node bench/eval-small-runs.ts` (about 10 s).

import type { ArticleFeatures } from '../src/stages/cluster/features.ts';
import { groupFeatures } from '../src/stages/cluster/index.ts';
import { type ClusterSet, ecbSet, neusSet, shuffled } from './lib/cluster-data.ts';
import { prepare, subset } from './lib/cluster-eval.ts';

/** How many runs of each kind are sampled. */
const RUNS = 300;

type Kind = 'same' | 'topic' | 'other';

function measure(name: string, set: ClusterSet): void {
  const dev = subset(prepare(set), 'dev');
  const docs = new Map(dev.set.docs.map((d) => [d.article.id, d]));
  const features = shuffled(dev.features, 7);
  const kindOf = (a: ArticleFeatures, b: ArticleFeatures): Kind =>
    set.event.get(a.id) === set.event.get(b.id)
      ? 'same'
      : set.topic.get(a.id) === set.topic.get(b.id)
        ? 'topic'
        : 'other';
  const pairs: Record<Kind, [ArticleFeatures, ArticleFeatures][]> = { same: [], topic: [], other: [] };
  for (let i = 0; i < features.length; i++)
    for (let j = i + 1; j < features.length; j++) {
      const [a, b] = [features[i] as ArticleFeatures, features[j] as ArticleFeatures];
      pairs[kindOf(a, b)].push([a, b]);
    }
  const group = (run: readonly ArticleFeatures[]) =>
    groupFeatures(
      run,
      run.map((f) => docs.get(f.id) as NonNullable<ReturnType<typeof docs.get>>),
    ).map((s) => s.articleIds.length);
  const sample = (kind: Kind, seed: number) => shuffled(pairs[kind], seed).slice(0, RUNS);
  const joined = (kind: Kind) => {
    const runs = sample(kind, 3);
    return runs.length ? `${runs.filter((run) => group(run).length === 1).length}/${runs.length}` : '-';
  };
  // runs of pairs of one story with articles (or pairs) of other topics, grouped exactly right
  const same = sample('same', 5);
  const mixed = (size: 3 | 4) => {
    let right = 0;
    let n = 0;
    for (let k = 0; k + 1 < same.length && n < RUNS; k += 2) {
      const [a, b] = same[k] as [ArticleFeatures, ArticleFeatures];
      const [c, d] = same[k + 1] as [ArticleFeatures, ArticleFeatures];
      if (kindOf(a, c) !== 'other') continue;
      n++;
      const sizes = group(size === 3 ? [a, b, c] : [a, b, c, d]).sort();
      if (sizes.join() === (size === 3 ? '1,2' : '2,2')) right++;
    }
    return `${right}/${n}`;
  };
  process.stdout.write(
    `${name} two-article runs made one story: of one story ${joined('same')} (right), of one topic's two events ${joined('topic')}, of two topics ${joined('other')} (wrong)\n` +
      `${name} runs grouped right: three articles (a pair and another topic's) ${mixed(3)}, four (two pairs of two topics) ${mixed(4)}\n`,
  );
}

measure('ECB+ dev', ecbSet());
const neus = neusSet();
if (neus) measure('NeuS dev', neus);
