import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bcubed } from '../../../bench/lib/bcubed.ts';
import { loadEcbPlus } from '../../../bench/lib/ecbplus.ts';
import { needsShared } from '../../../test/shared.ts';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { agglomerate } from './agglomerate.ts';
import { cluster } from './index.ts';

function segmented(texts: readonly string[]) {
  const ctx = createContext();
  const files = texts.map((text, i) => ({ path: `doc${i}.txt`, bytes: new TextEncoder().encode(text) }));
  const segmentOne = segment();
  return readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
}

describe('agglomerate', () => {
  const cases: [string, number[][], number, number[][]][] = [
    [
      'two tight pairs',
      [
        [0, 0.9, 0.1, 0],
        [0.9, 0, 0, 0.1],
        [0.1, 0, 0, 0.8],
        [0, 0.1, 0.8, 0],
      ],
      0.5,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    [
      'nothing above the threshold',
      [
        [0, 0.2],
        [0.2, 0],
      ],
      0.5,
      [[0], [1]],
    ],
    // average linkage: 2 joins {0,1} only if its mean similarity to both is above the threshold
    [
      'a chain is not merged through one strong link',
      [
        [0, 0.9, 0.6],
        [0.9, 0, 0],
        [0.6, 0, 0],
      ],
      0.4,
      [[0, 1], [2]],
    ],
    [
      'everything at a negative threshold',
      [
        [0, 0],
        [0, 0],
      ],
      -1,
      [[0, 1]],
    ],
  ];
  for (const [name, rows, threshold, expected] of cases)
    test(name, () => {
      const groups = agglomerate(Float64Array.from(rows.flat()), rows.length, threshold);
      assert.deepEqual(
        groups.sort((a, b) => (a[0] as number) - (b[0] as number)),
        expected,
      );
    });
});

describe('cluster', () => {
  test('articles on two unrelated events make two stories, with the larger first', () => {
    const docs = segmented([
      'Storm closes Pellham harbour\n\nA winter storm closed Pellham harbour on Sunday, and the coast guard moved fishing boats inland.',
      'The coast guard said the storm that shut Pellham harbour would pass by Tuesday; fishing boats stay inland until then.',
      'Pellham fishing crews wait out the storm as the harbour stays closed, the coast guard said on Monday.',
      'Orchard growers in Vennick expect a record apple harvest after a warm spring and a dry September.',
    ]);
    const stories = cluster()(docs, createContext());
    assert.deepEqual(
      stories.map((s) => s.articleIds),
      [['a1', 'a2', 'a3'], ['a4']],
    );
    assert.equal(stories[0]?.id, 's1');
    assert.ok(
      stories[0]?.keywords.some((k) => k.includes('pellham')),
      String(stories[0]?.keywords),
    );
    assert.match(stories[0]?.title ?? '', /Storm closes Pellham harbour|storm/i);
  });

  test('an empty batch gives no stories', () => {
    assert.deepEqual(cluster()([], createContext()), []);
  });

  test('ECB+: B-cubed F1 against the gold events stays above its floor', {
    skip: needsShared('datasets/ecbplus'),
  }, () => {
    const docs = loadEcbPlus();
    const segmentedDocs = segmented(docs.map((d) => d.text));
    const stories = cluster()(segmentedDocs, createContext());
    const predicted = new Map<string, string>();
    for (const story of stories) for (const id of story.articleIds) predicted.set(id, story.id);
    const gold = new Map(docs.map((d, i) => [`a${i + 1}`, d.event_cluster]));
    const { f1 } = bcubed(predicted, gold);
    assert.ok(f1 >= 0.8, `event B-cubed F1 ${f1.toFixed(3)} under the 0.80 floor`);
  });
});
