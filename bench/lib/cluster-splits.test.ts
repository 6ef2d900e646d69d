import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featuresOf } from '../../src/stages/cluster/test-articles.ts';
import { formatSplits, piecesOf, splitPairs } from './cluster-splits.ts';

// Invented features: a ferry strike told by three outlets, one left in a story of its own (a split);
// a harbour fire put in the strike's story (a false join); a harvest alone.
const article = featuresOf;
const FEATURES = [
  article('a1', ['ostry', 'oduya'], ['ferry', 'strike', 'pay']),
  article('a2', ['ostry', 'oduya'], ['ferry', 'strike', 'raise']),
  article('a3', ['kallin'], ['walkout', 'union', 'pay']),
  article('b1', ['ostry'], ['harbour', 'fire', 'ferry']),
  article('c1', ['vennick'], ['apple', 'harvest']),
];
const GOLD = new Map([
  ['a1', 'strike'],
  ['a2', 'strike'],
  ['a3', 'strike'],
  ['b1', 'fire'],
  ['c1', 'harvest'],
]);
const PREDICTED = new Map([
  ['a1', 's1'],
  ['a2', 's1'],
  ['a3', 's2'],
  ['b1', 's1'],
  ['c1', 's3'],
]);

test('split pairs: pieces of one gold story, two stories joined, and right joins are told apart', () => {
  const pairs = splitPairs(FEATURES, PREDICTED, GOLD, () => true);
  assert.equal(pairs.split.length, 2); // a3 with a1 and with a2
  assert.equal(pairs.falseJoin.length, 2); // b1 with a1 and with a2
  assert.equal(pairs.rightJoin.length, 1); // a1 with a2
  // a1 and a3 share 'pay' in lead and body, and no name
  assert.deepEqual(pairs.split[0], { lead: 1, rareLead: 1, names: 0, rareNames: 0, body: 1, rareBody: 1 });
  // a1 and a2 share two names and two lead terms, all rare in a run this small (at most 5 articles)
  assert.deepEqual(pairs.rightJoin[0], {
    lead: 2,
    rareLead: 2,
    names: 2,
    rareNames: 2,
    body: 2,
    rareBody: 2,
  });
});

test('split pairs: keep and together limit the articles and pairs compared', () => {
  const onlyA = splitPairs(FEATURES, PREDICTED, GOLD, (id) => id.startsWith('a'));
  assert.equal(onlyA.falseJoin.length, 0);
  assert.equal(onlyA.split.length, 2);
  const none = splitPairs(
    FEATURES,
    PREDICTED,
    GOLD,
    () => true,
    () => false,
  );
  assert.equal(none.split.length + none.falseJoin.length + none.rightJoin.length, 0);
});

test('pieces: each gold story counted by how many predicted stories hold it', () => {
  assert.deepEqual(
    piecesOf(PREDICTED, GOLD, () => true),
    [0, 2, 1],
  );
  const text = formatSplits(
    piecesOf(PREDICTED, GOLD, () => true),
    splitPairs(FEATURES, PREDICTED, GOLD, () => true),
  );
  assert.match(text, /gold stories by pieces: 2 in 1, 1 in 2/);
  assert.match(text, /split\s+2 /);
});
