// What the figure tests share: the figures of invented articles, and one of them found by its text.
import assert from 'node:assert/strict';
import { createContext, type Figure } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The figures the extract stage finds in one invented article per text. */
export function figures(...texts: string[]): readonly Figure[] {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext())
    .figures;
}

/** The figure whose text is `text`; fails the test when there is none. */
export function find(list: readonly Figure[], text: string): Figure {
  const f = list.find((x) => x.text === text);
  assert.ok(f, `${text} in ${JSON.stringify(list.map((x) => x.text))}`);
  return f;
}
