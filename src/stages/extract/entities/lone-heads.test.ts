import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

// "kind | name | mentions", sorted
const bodies = (x: StoryExtraction) =>
  x.entities.filter((e) => e.kind === 'organization').map((e) => `${e.name} | ${e.mentions.length}`);

test("a body's head word alone, as a subject, is the one body of the story with that head", () => {
  const story = run(
    'The vote was held on Monday. City Council approved an emergency plan on Monday.',
    'The vote was held on Monday. The Council approved the plan and said schools would stay open.',
    'Ferries ran late. The Transport Ministry said 40 sailings were cut. The Ministry said more would run.',
  );
  assert.deepEqual(bodies(story).sort(), ['City Council | 2', 'Transport Ministry | 2']);
});

test('… not where the story names two bodies with that head, nor where the word is no subject', () => {
  const two = run(
    'The vote was held on Monday. City Council approved the plan. County Council objected. The Council said so.',
  );
  assert.ok(bodies(two).includes('Council | 1'), bodies(two).join('; '));
  const object = run(
    'The vote was held on Monday. Harlow Council approved the plan. The Council chamber was full. Residents thanked the Council for its work.',
  );
  assert.deepEqual(bodies(object).sort(), ['Council | 2', 'Harlow Council | 1']);
});
