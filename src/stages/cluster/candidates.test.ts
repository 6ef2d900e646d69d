import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CandidateIndex, rareKeys } from './candidates.ts';
import { packCounts, rangeOf, type SignalCounts, Vocabulary } from './counts.ts';
import { CANDIDATE_KEYS, FEW_RARE_KEYS, RARE_MIN_DF, RARE_SHARE } from './patterns.ts';

// rareKeys as it was first written (tuples, a set of the ids seen, a sort by a comparator): the
// packed form must pick the same keys in the same order
function plainRareKeys(counts: SignalCounts, vocabulary: Vocabulary): number[] {
  const limit = Math.max(RARE_MIN_DF, RARE_SHARE * vocabulary.size);
  const rare: [number, number][] = [];
  const common: [number, number][] = [];
  const seen = new Set<number>();
  for (const signal of ['names', 'body', 'lead'] as const) {
    const [from, to] = rangeOf(counts, signal);
    for (let i = from; i < to; i++) {
      const id = counts.ids[i] as number;
      const df = vocabulary.df(id);
      if (df > 1 && !seen.has(id)) {
        seen.add(id);
        if (df <= limit) rare.push([id, df]);
        else if (signal === 'names') common.push([id, df]);
      }
    }
  }
  const byDf = (a: [number, number], b: [number, number]) => a[1] - b[1] || a[0] - b[0];
  const keys = rare.sort(byDf).slice(0, CANDIDATE_KEYS);
  if (keys.length < FEW_RARE_KEYS) keys.push(...common.sort(byDf).slice(0, CANDIDATE_KEYS - keys.length));
  return keys.map(([id]) => id);
}

// An article: its names, lead terms and body terms, from small vocabularies so that keys repeat
// across articles (and a term is often in both the lead and the body)
const word = (prefix: string, size: number) => fc.integer({ min: 0, max: size }).map((n) => `${prefix}${n}`);
const article = fc.record({
  names: fc.uniqueArray(word('N', 40), { maxLength: 30 }),
  lead: fc.uniqueArray(word('w', 120), { maxLength: 20 }),
  body: fc.uniqueArray(word('w', 120), { maxLength: 90 }),
});

test('rareKeys picks the keys, rarest first, that the plain formulation picks', () => {
  fc.assert(
    fc.property(fc.array(article, { minLength: 1, maxLength: 160 }), (articles) => {
      const vocabulary = new Vocabulary();
      const ids = articles.map((a) => ({
        names: vocabulary.ids(a.names, 'n:'),
        lead: vocabulary.ids(a.lead, 't:'),
        body: vocabulary.ids(a.body, 't:'),
      }));
      for (const one of ids) vocabulary.observe([...one.body, ...one.lead, ...one.names]);
      for (const one of ids) {
        const counts = packCounts({
          names: one.names.map((id) => [id, 1] as const),
          lead: one.lead.map((id) => [id, 1] as const),
          body: one.body.map((id) => [id, 2] as const),
        });
        assert.deepEqual([...rareKeys(counts, vocabulary)], plainRareKeys(counts, vocabulary));
      }
    }),
    { numRuns: 60 },
  );
});

test('the index finds stories by keys posted or seeded in any order, the far ones too', () => {
  const index = new CandidateIndex();
  const alive = () => true;
  index.seed(Int32Array.of(50_000, 7), 2);
  index.post(3, 1);
  index.post(7, 1);
  index.post(50_000, 4);
  // seeding does not move a key that has stories
  index.seed(Int32Array.of(3, 9), 5);
  assert.deepEqual(index.candidates([Int32Array.of(50_000)], alive), [2, 4]);
  assert.deepEqual(index.candidates([Int32Array.of(3, 7)], alive), [1, 2]);
  assert.deepEqual(index.candidates([Int32Array.of(9, 8, 123_456)], alive), [5]);
  assert.deepEqual(index.candidates([Int32Array.of(3, 7)], alive, undefined, 1), [2]);
});
