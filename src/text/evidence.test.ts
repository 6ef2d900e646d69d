import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evidenceOverlaps } from './evidence.ts';

const at = (articleId: string, start: number, end: number) => ({ articleId, span: { start, end } });

test('evidenceOverlaps: one article and a shared character; touching, apart or another article is none', () => {
  const cases: [ReturnType<typeof at>, ReturnType<typeof at>, boolean][] = [
    [at('a1', 0, 10), at('a1', 9, 20), true],
    [at('a1', 0, 10), at('a1', 2, 5), true],
    [at('a1', 2, 5), at('a1', 0, 10), true],
    [at('a1', 0, 10), at('a1', 10, 20), false],
    [at('a1', 10, 20), at('a1', 0, 10), false],
    [at('a1', 0, 10), at('a1', 15, 20), false],
    [at('a1', 0, 10), at('a2', 0, 10), false],
  ];
  for (const [a, b, expected] of cases)
    assert.equal(evidenceOverlaps(a, b), expected, `${JSON.stringify(a)} ${JSON.stringify(b)}`);
});
