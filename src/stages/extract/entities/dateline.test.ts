import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// Invented wire copy: the dateline's place and agency say where and by whom the article was filed; they
// are no entities of the story. The same words inside the story still are.
const names = (texts: readonly string[]) =>
  extract()(
    storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))),
    createContext(),
  ).entities.map((e) => e.name);

test("a wire dateline's place and agency are no entities of the story", () => {
  const found = names([
    'HARBOURTON (AP) — The ferry Marla ran aground off Gull Point on Tuesday, the coast guard said.',
    'PORT ELLIS, Marrow Isle (Reuters) - Captain Ines Varga said the Marla was towed to Gull Point.',
  ]);
  for (const name of ['AP', 'HARBOURTON', 'Reuters', 'PORT ELLIS', 'Marrow Isle'])
    assert.ok(!found.includes(name), name);
  for (const name of ['Gull Point', 'Ines Varga']) assert.ok(found.includes(name), name);
});

test('a place or agency the story itself names stays an entity', () => {
  const found = names([
    'HARBOURTON — Reuters reported that the ferry Marla ran aground off Gull Point on Monday.',
  ]);
  assert.ok(found.includes('Reuters'));
  assert.ok(!found.includes('HARBOURTON'));
});
