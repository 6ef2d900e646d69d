import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGrouper } from '../../src/stages/cluster/index.ts';
import { featuresOf } from '../../src/stages/cluster/test-articles.ts';
import { formatSingles, singleRanks } from './cluster-singles.ts';

// Invented stories put where a grouping left them: a flood told twice, a mill fire told twice, a flood
// piece in other names left alone, and an orchard report that is alone in its gold story too.
const ARTICLES = [
  { f: featuresOf('f1', ['Varby', 'Osk'], ['flood', 'river', 'bank', 'varby']), story: 0, gold: 'flood' },
  { f: featuresOf('f2', ['Varby', 'Osk'], ['flood', 'river', 'rescue', 'varby']), story: 0, gold: 'flood' },
  { f: featuresOf('m1', ['Tarrow', 'Fenwick'], ['fire', 'mill', 'crew']), story: 1, gold: 'fire' },
  { f: featuresOf('m2', ['Tarrow', 'Fenwick'], ['fire', 'mill', 'smoke']), story: 1, gold: 'fire' },
  { f: featuresOf('f3', ['Kessel'], ['flood', 'river', 'opinion']), story: 2, gold: 'flood' },
  { f: featuresOf('o1', ['Vennick'], ['orchard', 'harvest']), story: 3, gold: 'orchard' },
];

function ranks(articles = ARTICLES) {
  const grouper = createGrouper();
  for (const { f } of articles) grouper.observe(f);
  for (const { f, story } of articles) grouper.restore(f, story);
  return singleRanks(grouper.entries(), new Map(articles.map((a) => [a.f.id, a.gold])));
}

test('an article alone is ranked against its gold story only when that story is elsewhere', () => {
  const { alone, ranks: r } = ranks();
  assert.equal(alone, 1);
  assert.deepEqual(r.lead, [1]);
  assert.deepEqual(r.score, [1]);
});

test('a signal that scores every story alike ranks the gold story first for none', () => {
  // (the flood piece names no one the flood's articles name: its names tie at 0 with the fire's)
  assert.deepEqual(ranks().ranks.names, [3]);
});

test('a story parted in three: each piece alone ranks first when it is nearest another piece', () => {
  // (the flood's three articles each alone: the nearest story of each holds another of them)
  const parted = ARTICLES.map((a) => (a.f.id === 'f2' ? { ...a, story: 4 } : a));
  const { alone, ranks: r } = ranks(parted);
  assert.equal(alone, 3);
  assert.deepEqual(r.lead, [1, 1, 1]);
});

test('the line counts first places, top 3 and the median rank per signal', () => {
  const line = formatSingles('invented', ranks());
  assert.match(line, /invented: 1 alone/);
  assert.match(line, /lead 1 \/ 1 \/ 1, names 0 \/ 1 \/ 3/);
});
