import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { similarityRows } from '../../text/similarity-rows.ts';
import { cosine, inverseFrequencies, tfidf } from '../../text/vectors.ts';
import { DEFAULT_CONTESTED_TERMS, storyTerms } from './lexicon.ts';
import { contestedMatcher, quoteRanges, stem, wordCount } from './text.ts';

describe('contested terms and quotes', () => {
  const find = contestedMatcher(DEFAULT_CONTESTED_TERMS);
  const cases: [string, string[]][] = [
    ['Illegal crossings rose.', ['illegal']],
    ['They crossed illegally.', ['illegal']],
    ['Two crises at once.', ['crisis']],
    ['Officials fear a surge of arrivals.', ['surge']],
    ['An open-border policy was debated.', ['open border']],
    ['Crossings rose sharply.', []],
    ['The legal challenge failed.', []],
  ];
  for (const [text, terms] of cases) {
    test(text, () =>
      assert.deepEqual(
        find(text).map((m) => m.term),
        terms,
      ),
    );
  }
  test('terms the compare stage found in the story (a user lexicon) are added', () => {
    const framing = {
      terms: [],
      tone: {},
      outlets: [],
      contested: [{ term: 'gridlock', neutral: 'congestion', note: 'user file', byArticle: {} }],
      scareQuotes: [],
    };
    const terms = storyTerms(DEFAULT_CONTESTED_TERMS, framing);
    assert.deepEqual(
      contestedMatcher(terms)('Gridlock returned.').map((m) => m.term),
      ['gridlock'],
    );
    assert.equal(storyTerms(DEFAULT_CONTESTED_TERMS, null), DEFAULT_CONTESTED_TERMS);
  });
  test('quote ranges span sentences and close at the paragraph end', () => {
    const text = 'He said “one. Two.” Then "three" and “four\n\nnext';
    assert.deepEqual(
      quoteRanges(text).map(([s, e]) => text.slice(s, e)),
      ['“one. Two.”', '"three"', '“four'],
    );
  });
});

test('the inverted-index similarity rows equal pairwise cosines', () => {
  const bags = [
    ['ferry', 'strike', 'end'],
    ['ferry', 'pay', 'offer'],
    ['bridge', 'crack'],
    ['strike', 'ferry', 'ferry'],
  ];
  const idf = inverseFrequencies(bags);
  const vectors = bags.map((b) => tfidf(b, idf));
  const row = similarityRows(vectors);
  for (let i = 0; i < vectors.length; i++) {
    const sims = [...row(i)];
    sims.forEach((s, j) => {
      assert.ok(Math.abs(s - cosine(vectors[i] as never, vectors[j] as never)) < 1e-12);
    });
  }
});

test('a similarity row past its partner cap keeps the rarer-term partners exact and drops the rest', () => {
  // "ferry" is in every bag; "strike" in two, "pay" in two
  const bags = [
    ['ferry', 'strike'],
    ['ferry', 'strike', 'end'],
    ['ferry', 'pay'],
    ['ferry', 'pay', 'offer'],
    ['ferry'],
  ];
  const idf = inverseFrequencies(bags);
  const vectors = bags.map((b) => tfidf(b, idf));
  const exact = (i: number, j: number) => cosine(vectors[i] as never, vectors[j] as never);
  // room for the two bags with "strike", not for the five with "ferry"
  const row = similarityRows(vectors, { maxPartners: 3 });
  for (const round of [1, 2]) {
    const sims = [...row(0)];
    assert.ok(
      Math.abs((sims[0] as number) - 1) < 1e-12 && Math.abs((sims[1] as number) - exact(0, 1)) < 1e-12,
      `round ${round}`,
    );
    assert.deepEqual(sims.slice(2), [0, 0, 0], `round ${round}: only "ferry" in common, past the cap`);
  }
  // a row after a capped one starts clean
  assert.ok(Math.abs(([...row(2)][3] as number) - exact(2, 3)) < 1e-12);
  assert.equal([...row(2)][1], 0);
  // without the cap every pair is exact
  const all = similarityRows(vectors);
  assert.ok([...all(0)].every((s, j) => Math.abs(s - exact(0, j)) < 1e-12));
});

test('similarity rows by group hold only the other groups, exactly', () => {
  const bags = [
    ['ferry', 'strike'],
    ['ferry', 'strike', 'end'],
    ['ferry', 'pay'],
    ['strike', 'pay'],
  ];
  const idf = inverseFrequencies(bags);
  const vectors = bags.map((b) => tfidf(b, idf));
  const row = similarityRows(vectors, { groups: [0, 0, 1, 1] });
  const exact = (i: number, j: number) => cosine(vectors[i] as never, vectors[j] as never);
  const first = [...row(0)];
  assert.deepEqual(first.slice(0, 2), [0, 0], 'its own group reads 0');
  assert.ok(
    Math.abs((first[2] as number) - exact(0, 2)) < 1e-12 &&
      Math.abs((first[3] as number) - exact(0, 3)) < 1e-12,
  );
  const last = [...row(3)];
  assert.ok(Math.abs((last[1] as number) - exact(3, 1)) < 1e-12 && last[2] === 0 && last[3] === 0);
});

test('wordCount: the runs of non-space characters holding a letter or a digit, as the regex counts them', () => {
  assert.equal(wordCount('  The  bridge, closed — on 3 March …  '), 6);
  // spaces, letters and digits of several scripts and planes, marks, an emoji, a lone surrogate
  const piece = fc.constantFrom(
    'a',
    'Z',
    '7',
    '٣',
    'é',
    '日',
    '\u0301',
    '𝐀',
    '😀',
    '\ud800',
    '—',
    '.',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(wordCount(text), text.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0, JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

test('stem: an ASCII word is stemmed as the two replacements over its folded form stem it', () => {
  // the replacements every word went through before ASCII words were scanned instead
  const replaced = (word: string) => {
    const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    return w.length <= 4 ? w : w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s|ly)$/, '');
  };
  const table: [string, string][] = [
    ['Crossings', 'crossing'],
    ['meeting', 'meet'],
    ['studies', 'study'],
    ['flies', 'f'],
    ['applied', 'app'],
    ['buses', 'bus'],
    ['quickly', 'quick'],
    ['news', 'news'],
    ['Café', 'cafe'],
    ['RIOTS', 'riot'],
  ];
  for (const [word, stemmed] of table) assert.equal(stem(word), stemmed, word);
  // words of the letters and endings that matter, some in capitals, some not ASCII
  const piece = fc.constantFrom(
    'a',
    'E',
    'i',
    'l',
    'n',
    'g',
    'd',
    's',
    'y',
    'S',
    'ING',
    'ies',
    'ied',
    'ly',
    'é',
    '-',
    "'",
    '1',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const word = pieces.join('');
      assert.equal(stem(word), replaced(word), word);
    }),
    { numRuns: 5000 },
  );
});
