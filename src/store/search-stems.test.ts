import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { toTsQuery } from './postgres/query.ts';
import { snippet } from './postgres/snippet.ts';
import { parseQuery } from './query.ts';
import { foldWord, searchStem, stemmedText } from './search-stems.ts';
import { makeSnippet } from './snippet.ts';
import { ftsQuery } from './sqlite/search.ts';

// Property tests of the words search compares by. The same cases every run (a fixed seed).
const RUNS = { numRuns: 2000, seed: 41 };
// any code points, astral ones, marks and controls included
const ANY = fc.string({ unit: 'binary', maxLength: 12 });
// plain lower-case letters: the words the stemmer stems
// (but a word of the stem "on", "ons": the text's "On" is rightly marked too)
const LETTERS = fc.stringMatching(/^[a-z]{3,12}$/).filter((w) => searchStem(w) !== 'on');
// words whose stem stems again to something else (Porter2, as PostgreSQL's english_stem, is no fixed
// point: "agrees" is "agre", "agre" is "agr"), so a path that stemmed twice would miss them
const RESTEMMED = ['agrees', 'choose', 'guarantee', 'employee'];
// words whose short stem ends in a letter the word lacks ("oning" is "one", "using" "use")
const SHORT_STEMS = ['oning', 'using', 'dry'];

test('the fold is stable: a folded word folds to itself', () => {
  fc.assert(
    fc.property(ANY, (word) => foldWord(foldWord(word)) === foldWord(word)),
    RUNS,
  );
});

test("a stem is folded already, and is the fold's stem: the index's own folding leaves it as it is", () => {
  fc.assert(
    fc.property(ANY, (word) => foldWord(searchStem(word)) === searchStem(word)),
    RUNS,
  );
  fc.assert(
    fc.property(ANY, (word) => searchStem(foldWord(word)) === searchStem(word)),
    RUNS,
  );
});

test('the stemmer is not idempotent, so search stems each word once (index, query, snippets)', () => {
  for (const word of RESTEMMED) assert.notEqual(searchStem(searchStem(word)), searchStem(word), word);
  // each path stems the raw word once: a stemmed word stemmed again would miss these
  const words = fc.oneof(fc.constantFrom(...RESTEMMED, ...SHORT_STEMS), LETTERS);
  fc.assert(
    fc.property(words, (word) => {
      const stem = searchStem(word);
      // (numbers around it: no other word of the text can share its stem)
      const text = `On 7 ${word} 2025.`;
      assert.equal(stemmedText(text), `on 7 ${stem} 2025.`);
      assert.equal(ftsQuery(word), `"${stem}"`);
      assert.equal(toTsQuery(word), `'${stem}'`);
      assert.equal(makeSnippet(text, parseQuery(word)), text.replace(word, `[${word}]`));
      assert.equal(snippet(text, null, parseQuery(word)), text.replace(word, `[${word}]`));
    }),
    RUNS,
  );
});
