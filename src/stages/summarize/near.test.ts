import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { inverseFrequencies, tfidf } from '../../text/vectors.ts';
import { segmented } from '../compared-story.ts';
import { buildCandidates } from './candidates.ts';
import { type Near, nearSentences, rankedNear } from './near.ts';
import { contestedMatcher } from './text.ts';

// Invented articles: one sentence told word for word in three of them (ties of similarity across
// articles), others sharing a few words, one sharing none.
const TEXTS = [
  'The harbour board closed the north pier on Monday after divers found a crack. Repairs will take six weeks, the board said. Ferries will dock at the south pier.',
  'Divers found a crack in the north pier on Monday. The harbour board closed the north pier on Monday after divers found a crack. Fishing boats moved to the marina.',
  'The harbour board closed the north pier on Monday after divers found a crack. The south pier will take the ferries, a spokesman said. Repairs will take six weeks.',
  'A new bakery opened on Elm Street. Its owner trained in Lyon. Bread sells out by noon.',
];

function story() {
  const docs = segmented(
    TEXTS.map((text, i) => ({ outlet: `Outlet ${i}`, title: 'Pier closed', text })),
    createContext(),
  );
  const candidates = buildCandidates(docs, { entities: [], findContested: contestedMatcher([]) });
  const idf = inverseFrequencies(candidates.map((c) => c.stems));
  return { candidates, vectors: candidates.map((c) => tfidf(c.stems, idf)) };
}

const ids = (list: readonly Near[]) => list.map((n) => [n.candidate.index, n.similarity]);

describe('rankedNear: the near sentences of every article in one list, closest first', () => {
  const { candidates, vectors } = story();
  for (const threshold of [0.05, 0.3])
    test(`the lists of nearSentences read in turn and sorted by similarity alone (${threshold})`, () => {
      const near = nearSentences(candidates, vectors, threshold);
      const ranked = rankedNear(candidates, vectors, threshold);
      let ties = 0;
      for (const c of candidates) {
        const expected = [...near(c.index).values()].flat().sort((x, y) => y.similarity - x.similarity);
        assert.deepEqual(ids(ranked(c.index)), ids(expected), `candidate ${c.index}`);
        for (let k = 1; k < expected.length; k++)
          if (expected[k]?.similarity === expected[k - 1]?.similarity) ties++;
      }
      // (the story holds ties, which the order of articles and then of sentences breaks)
      if (threshold === 0.05) assert.ok(ties > 0, 'the invented story has tied sentences');
    });

  test('a sentence sharing no word with any other has none near it', () => {
    const bakery = candidates.find((c) => c.text.startsWith('A new bakery'));
    assert.ok(bakery);
    assert.deepEqual(rankedNear(candidates, vectors, 0.05)(bakery.index), []);
  });

  test('a threshold of 0 or less is refused (the pairs sharing no term are not in the rows)', () => {
    assert.throws(() => rankedNear(candidates, vectors, 0), RangeError);
  });
});
