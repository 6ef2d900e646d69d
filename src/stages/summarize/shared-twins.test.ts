import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Candidate } from './candidates.ts';
import type { Near } from './near.ts';
import type { Pending, Scored } from './select.ts';
import { sharedWords } from './shared.ts';
import { preferSupportedTwins } from './twins.ts';

const candidate = (index: number, articleId: string, stems: string[], words = stems.length) =>
  ({ index, articleId, source: articleId, stems, words }) as unknown as Candidate;

test('shared words: the share of the other sources using each distinct stem, over the root of their number', () => {
  const cs = [
    candidate(0, 'a1', ['bridge', 'close', 'crack', 'crack']),
    candidate(1, 'a2', ['bridge', 'close']),
    candidate(2, 'a3', ['bridge', 'ferry']),
  ];
  const shared = sharedWords(cs, 3);
  // bridge: both others; close: one of two; crack: none — (1 + 0.5 + 0) / sqrt(3)
  assert.equal(shared(cs[0] as Candidate), 1.5 / Math.sqrt(3));
  assert.equal(shared(cs[2] as Candidate), 1 / Math.sqrt(2));
  assert.equal(sharedWords(cs, 1)(cs[0] as Candidate), 0, 'one source shares nothing');
});

// A chosen or pending sentence with the articles its support cites.
const scored = (c: Candidate, cites: string[]): Scored => ({
  candidate: c,
  support: {
    citations: cites.map((articleId) => ({ articleId, span: { start: 0, end: 1 } })),
    sources: new Set(cites),
    factIds: [],
    factWeight: 0,
    statuses: new Set(),
  },
  vector: new Map(),
  modality: 'happened',
  plain: true,
  relevance: 1,
});
const pendingOf = (s: Scored): Pending => ({
  candidate: s.candidate,
  vector: s.vector,
  modality: s.modality,
  factIds: null,
  ceiling: 1,
  bound: () => 1,
  resolve: () => s,
});

test('a chosen sentence is told as its twin that its own article and more sources support', () => {
  const own = scored(candidate(0, 'a1', [], 12), ['a1']);
  const twin = scored(candidate(1, 'a2', [], 14), ['a2', 'a1', 'a3']);
  const lone = scored(candidate(2, 'a3', [], 8), ['a3', 'a2', 'a4']);
  const near = (index: number): ReadonlyMap<string, readonly Near[]> =>
    index === 0
      ? new Map([
          ['a2', [{ candidate: twin.candidate, similarity: 0.6 }]],
          ['a3', [{ candidate: lone.candidate, similarity: 0.7 }]],
        ])
      : new Map();
  const pending = new Map([twin, lone].map((s) => [s.candidate.index, pendingOf(s)]));
  const told = (budget: number, chosen = [own]) =>
    preferSupportedTwins(chosen, { near, pending, budget }).map((s) => s.candidate.index);
  // the twin (a1 supports it, three sources); never `lone`, which a1 does not support
  assert.deepEqual(told(40), [1]);
  // the twin must fit in the budget in its place
  assert.deepEqual(told(12), [0]);
  const other = scored(candidate(5, 'a5', [], 20), ['a5']);
  assert.deepEqual(told(34, [other, own]), [5, 1]);
  assert.deepEqual(told(33, [other, own]), [5, 0]);
  // a twin already told is not told twice
  assert.deepEqual(told(40, [twin, own]), [1, 0]);
});
