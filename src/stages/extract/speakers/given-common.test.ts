import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A given name that is also a common word ("Will", "Rose", "May"), tagged an auxiliary or a verb, opens
// the speaker's name as it opens the entity's: the speaker is "Will Arden", not "Arden" nor no one.
function speakersOf(text: string): [string, string | undefined][] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes.map((q) => [q.text, q.speaker?.name]);
}

test('speakers: "Will Arden said …" at a sentence head is Will Arden', () => {
  assert.deepEqual(
    speakersOf('Will Arden said the repairs at the Tollen depot would cost 2.4 million pounds.'),
    [['the repairs at the Tollen depot would cost 2.4 million pounds', 'Will Arden']],
  );
});

test('speakers: a quotation "said Will Arden, the chair" and "Will Arden told reporters" name Will Arden', () => {
  const got = speakersOf(
    '"We did not take this lightly," said Will Arden, the council\'s education chair. "It is a sad day for Tollen," Rose Amsel told reporters.',
  );
  assert.deepEqual(got, [
    ['We did not take this lightly', 'Will Arden'],
    ['It is a sad day for Tollen', 'Rose Amsel'],
  ]);
});

test('speakers: a question "Will Arden Park reopen?" names no speaker Will', () => {
  const got = speakersOf('Will Arden Park reopen? Nobody knows, the warden said.');
  assert.ok(!got.some(([, s]) => s?.startsWith('Will')), JSON.stringify(got));
});
