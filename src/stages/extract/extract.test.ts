import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../model/index.ts';
import { storyFromTexts } from './from-text.ts';
import { extract } from './index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

test('odd input: empty text, stray marks and bare numbers do not throw', () => {
  for (const text of ['', '“', '"""', '“He said,” she said. “', '$ % 10 to - 5 million of of', '(((']) {
    const out = run(text);
    for (const q of out.quotes) for (const o of q.occurrences) assert.ok(o.span.end <= text.length);
  }
});
