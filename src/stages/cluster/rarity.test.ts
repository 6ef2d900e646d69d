import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleFeatures } from './features.ts';
import { createGrouper } from './index.ts';
import { distinguishingNames } from './rarity.ts';
import { emptyProfile, updateProfile } from './score.ts';

// Invented articles as features: a budget vote in the parliament of Lund, told by every story of the
// beat; only one story names Maren Oduya.
const feat = (id: string, names: readonly string[]): ArticleFeatures => ({
  id,
  day: null,
  dateSource: null,
  labels: new Map(),
  names: new Map(names.map((n) => [n, 1])),
  lead: new Map([
    ['vote', 1],
    ['budget', 1],
  ]),
  body: new Map(),
});

describe('createGrouper: names weigh by how few candidate stories hold them', () => {
  test('the beat names every candidate holds do not outweigh the one name a single story holds', () => {
    const oduya = ['lund', 'parliament', 'oduya', 'kallin', 'brightwater'];
    const stories = [
      [feat('a1', oduya), feat('a2', oduya)],
      [feat('b1', ['lund', 'parliament'])],
      [feat('c1', ['lund', 'parliament', 'vesk'])],
    ];
    const probe = feat('x', ['lund', 'parliament', 'oduya']);
    const grouper = createGrouper();
    for (const f of [...stories.flat(), probe]) grouper.observe(f);
    stories.forEach((story, i) => {
      for (const f of story) grouper.restore(f, i);
    });
    // by corpus IDF alone the probe's names are closest to b1's (two of its three, and nothing else);
    // a1 and a2 also tell of Kallin and Brightwater, but only they name Oduya
    assert.equal(grouper.place(probe).story, 0);
  });
});

describe('distinguishingNames', () => {
  const vector = (ids: number[]) => ({
    ids: Int32Array.from(ids),
    weights: Float32Array.from(ids, () => 1 / Math.sqrt(ids.length)),
  });
  const profile = (ids: number[]) => {
    const p = emptyProfile();
    updateProfile(p, { lead: vector([]), names: vector(ids), body: vector([]), day: null }, 1);
    return p;
  };
  test('under two candidates the vector is kept as it is', () => {
    const names = vector([1, 2]);
    assert.equal(distinguishingNames(names, [profile([1])]), names);
  });
  test('a name every candidate holds weighs less than one held by one, which keeps as much as one none holds', () => {
    const out = distinguishingNames(vector([1, 2, 3]), [profile([1, 2]), profile([1]), profile([1])]);
    const [all, one, none] = out.weights as unknown as [number, number, number];
    assert.ok(all < one && one === none, `${all} ${one} ${none}`);
    assert.ok(Math.abs(all * all + one * one + none * none - 1) < 1e-6);
  });
});
