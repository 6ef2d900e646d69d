import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// "Sten's lawyer was not in court. “We will appeal,” she said later": the pronoun may stand for the
// lawyer, whom the text does not name; the owner named before "'s" is talked about, so no name is given
// (midreview34 #18: the client was shown as the speaker). Invented.

const speakerOf = (text: string) =>
  extract()(storyFromTexts([{ id: 'a1', text }]), createContext()).quotes.map((q) => q.speaker?.name ?? null);

const OWNERS: [string, string][] = [
  [
    'lawyer',
    'Pelle Norrby was fined on Monday. Norrby\'s lawyer was not in court. "We will appeal," she said later.',
  ],
  ['wife', 'Pelle Norrby was fined on Monday. Norrby\'s wife waited outside. "It is unfair," she said.'],
  [
    'son',
    'Vera Lindqvist was fined on Monday. Lindqvist\'s son spoke to reporters. "She did nothing wrong," he said.',
  ],
];

for (const [rule, text] of OWNERS) {
  test(`the owner of a relative or counsel who opens the sentence before is not the speaker: ${rule}`, () => {
    for (const name of speakerOf(text)) assert.ok(!/Norrby|Lindqvist/.test(name ?? ''), `${name}`);
  });
}

test('the subject of the sentence before still speaks: "Norrby left the court. “…,” he said"', () => {
  assert.deepEqual(
    speakerOf('Pelle Norrby was fined on Monday. Norrby left the court early. "We will appeal," he said.'),
    ['Pelle Norrby'],
  );
});
