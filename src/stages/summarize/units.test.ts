import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SegmentedArticle, Sentence } from '../../model/index.ts';
import { sentenceUnits } from './units.ts';

// An article whose sentences are the given pieces, one space apart, in the paragraphs given.
function articleOf(pieces: readonly string[], paragraphs: readonly number[] = pieces.map(() => 0)) {
  const text = pieces.join(' ');
  let at = 0;
  const sentences: Sentence[] = pieces.map((p, i) => {
    const s = { start: at, end: at + p.length, paragraph: paragraphs[i] ?? 0, tokens: [] };
    at += p.length + 1;
    return s;
  });
  return { article: { text }, sentences } as unknown as SegmentedArticle;
}

const spans = (doc: SegmentedArticle) =>
  sentenceUnits(doc).map((u) => [doc.article.text.slice(u.start, u.end), u.first, u.last, u.continues]);

test('pieces cut at an abbreviation are joined; whole sentences stay apart', () => {
  const cases: [string[], number[] | undefined, unknown[]][] = [
    [
      ['One whole.', 'Two whole.'],
      undefined,
      [
        ['One whole.', 0, 0, false],
        ['Two whole.', 1, 1, false],
      ],
    ],
    [
      ['Speaker Ann Lee (D-Orv.)', 'asked the board to wait.', 'It did.'],
      undefined,
      [
        ['Speaker Ann Lee (D-Orv.) asked the board to wait.', 0, 1, false],
        ['It did.', 2, 2, false],
      ],
    ],
    [
      ['Chair Tove Lund, S-O.', 'C., told reporters so.'],
      undefined,
      [['Chair Tove Lund, S-O. C., told reporters so.', 0, 1, false]],
    ],
    // another paragraph is never a continuation
    [
      ['Chair Tove Lund (D-Orv.)', 'asked to wait.'],
      [0, 1],
      [
        ['Chair Tove Lund (D-Orv.)', 0, 0, false],
        ['asked to wait.', 1, 1, false],
      ],
    ],
    // at most three pieces: the rest still continues
    [
      ['A b.', 'c d.', 'e f.', 'g h.'],
      undefined,
      [
        ['A b. c d. e f.', 0, 2, false],
        ['g h.', 3, 3, true],
      ],
    ],
  ];
  for (const [pieces, paragraphs, expected] of cases)
    assert.deepEqual(spans(articleOf(pieces, paragraphs)), expected);
});
