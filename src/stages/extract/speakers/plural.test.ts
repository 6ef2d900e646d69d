import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function speakers(text: string): (string | null)[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes.map((q) => q.speaker?.name ?? null);
}

test('"they" stands for the speakers named just before by a plural noun', () => {
  assert.deepEqual(
    speakers(
      'But residents of Eastbank complained that the ferries were slow. Speaking to the radio, they said they had waited for hours.',
    ),
    ['residents of Eastbank', 'residents of Eastbank'],
  );
});

test('"they" after a single named speaker stays "they"', () => {
  assert.deepEqual(
    speakers(
      'Ann Lind said the ferries were slow. Speaking to the radio, they said they had waited for hours.',
    ),
    ['Ann Lind', 'they'],
  );
});
