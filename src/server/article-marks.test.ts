import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Mark, piecesOf } from './article-marks.ts';

const mark = (start: number, end: number, kind: Mark['kind'] = 'person'): Mark => ({
  span: { start, end },
  kind,
  label: kind,
});

test('a paragraph is cut at every mark and highlight edge, overlapping marks flattened', () => {
  const pieces = piecesOf({ start: 10, end: 40 }, [mark(12, 20), mark(15, 30, 'quote'), mark(50, 60)], {
    start: 18,
    end: 45,
  });
  assert.deepEqual(
    pieces.map((p) => [p.start, p.end, p.marks.map((m) => m.kind).join('+'), p.highlighted]),
    [
      [10, 12, '', false],
      [12, 15, 'person', false],
      [15, 18, 'person+quote', false],
      [18, 20, 'person+quote', true],
      [20, 30, 'quote', true],
      [30, 40, '', true],
    ],
  );
});

test('a paragraph without marks is one piece; a highlight elsewhere marks nothing', () => {
  assert.deepEqual(piecesOf({ start: 0, end: 5 }, [], { start: 9, end: 12 }), [
    { start: 0, end: 5, marks: [], highlighted: false },
  ]);
});
