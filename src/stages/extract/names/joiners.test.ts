import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

const names = (x: StoryExtraction) => x.entities.map((e) => `${e.kind}:${e.name}`).sort();

test('a name the story writes with a capitalised "In" is one name with "in" in lower case', () => {
  const story = run(
    'Kestrel In Motion said its ferries would run again on Monday.',
    'Kestrel in Motion today announced that the Tidewater Tribune will sell the new Larkspur phone.',
  );
  const body = story.entities.find((e) => e.name === 'Kestrel In Motion');
  // not "Kestrel" and "Motion", two words of the name read as names of their own
  assert.deepEqual(body?.aliases, ['Kestrel in Motion']);
  assert.deepEqual(new Set(body?.mentions.map((m) => m.articleId)), new Set(['a1', 'a2']));
});

test('a lower-case "in" the story never capitalises still ends a name', () => {
  assert.deepEqual(names(run('Ann Voss in Lyon said the ferries would run again.')), [
    'person:Ann Voss',
    'place:Lyon',
  ]);
});
