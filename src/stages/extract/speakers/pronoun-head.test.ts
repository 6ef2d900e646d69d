import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function speakers(text: string): (string | null)[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes.map((q) => q.speaker?.name ?? null);
}

// newuser22 #4: "Most of those on board said …" gave the speaker "board", the object of "on",
// and "Many in the crowd said" the speaker "in the crowd"
test('a pronoun head and the place phrase after it are the speaker, not the place phrase alone', () => {
  const got = [
    'Most of those on board said they had been at sea for four days.',
    'Those on board said the crossing took four days.',
    'Many in the crowd said they would come back on Friday.',
    'Some at the meeting said the plan came too late.',
  ].map((t) => speakers(t)[0]);
  assert.deepEqual(got, [
    'Most of those on board',
    'Those on board',
    'Many in the crowd',
    'Some at the meeting',
  ]);
});

test('a named speaker before a place phrase stays the speaker', () => {
  assert.deepEqual(speakers('Ann Lind in Dovra said the water was brown.'), ['Ann Lind']);
});
