import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// review45b of 42fd0545: one whose names say no gender, who has just said something in the outlet's
// report ("Robin Ames said …"), stays the "he" of the next quote over a man only talked about in it.
// Invented sentences.

/** The speaker of the article's last direct quote, or null when it is left unnamed. */
function quoteSpeaker(text: string): string | null {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const q = out.quotes.filter((x) => x.kind === 'direct').at(-1);
  return q?.speaker?.entityId ? q.speaker.name : null;
}

test('pronoun speaker: one named right before a verb of saying keeps the "he" over a man they talked of', () => {
  assert.equal(
    quoteSpeaker(
      'The council met on Monday.\nRobin Ames said the depot would reopen, and thanked Paul Gruber. “We lost nothing,” he said.',
    ),
    'Robin Ames',
  );
});

test('pronoun speaker: one who said nothing and a man named with them: no one (either may be meant)', () => {
  assert.equal(
    quoteSpeaker(
      'The council met on Monday.\nThe owner of the depot, Paul Gruber, was thanked by Robin Ames on Monday. “We lost nothing,” he said.',
    ),
    null,
  );
});
