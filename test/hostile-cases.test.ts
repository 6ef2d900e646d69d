import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOSTILE_CASES } from './hostile-cases.ts';

test('every hostile case is built at about the size asked, the same each time', () => {
  for (const hostile of HOSTILE_CASES)
    for (const size of [20_000, 200_000]) {
      const text = hostile.make(size);
      const bytes = new TextEncoder().encode(text).length;
      assert.ok(bytes >= size * 0.95 && bytes <= size * 1.1, `${hostile.name} at ${size}: ${bytes} bytes`);
      assert.equal(hostile.make(size), text, hostile.name);
    }
});

test('unique prose does not repeat its sentences', () => {
  const prose = HOSTILE_CASES.find((c) => c.name === 'unique prose')?.make(100_000) ?? '';
  const sentences = prose.split(/(?<=[.!?]"?)\s+/).filter((s) => s.length > 20);
  assert.ok(sentences.length > 500);
  assert.ok(new Set(sentences).size / sentences.length > 0.99);
});
