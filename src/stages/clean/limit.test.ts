import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleParts } from '../../model/index.ts';
import { limitParts } from './limit.ts';

const partsOf = (...texts: string[]): ArticleParts => ({
  title: 'Ferry paused',
  titleInferred: false,
  byline: null,
  paragraphs: texts.map((text) => ({ kind: 'text' as const, text })),
  removed: [],
  media: [],
  meta: {},
  metadataSources: {},
});

test('limitParts keeps whole paragraphs within the budget, cuts an oversized first one at a space', () => {
  const cases: [string, string[], { maxChars: number; maxParagraphs: number }, string[]][] = [
    ['fits: unchanged', ['one two', 'three'], { maxChars: 100, maxParagraphs: 5 }, ['one two', 'three']],
    [
      'too many characters',
      ['aaaa bbbb', 'cccc dddd', 'eeee'],
      { maxChars: 22, maxParagraphs: 9 },
      ['aaaa bbbb', 'cccc dddd'],
    ],
    ['too many paragraphs', ['a', 'b', 'c', 'd'], { maxChars: 100, maxParagraphs: 2 }, ['a', 'b']],
    [
      'one huge paragraph',
      ['alpha beta gamma delta epsilon'],
      { maxChars: 14, maxParagraphs: 9 },
      ['alpha beta'],
    ],
    ['one run without spaces', ['x'.repeat(40)], { maxChars: 10, maxParagraphs: 9 }, ['x'.repeat(10)]],
  ];
  for (const [name, texts, limits, expected] of cases) {
    const { parts, issue } = limitParts(partsOf(...texts), limits, 'a1');
    assert.deepEqual(
      parts.paragraphs.map((p) => p.text),
      expected,
      name,
    );
    assert.equal(issue === null, name.startsWith('fits'), name);
    if (issue) assert.match(issue.message, /only the first \d+ paragraphs \(\d+ characters\) are analysed/);
  }
});
