import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';
import { names } from './test-kit.ts';

// newuser23 #15: "City Manager Felix Darrow" became the person "Manager Felix Darrow" (or no one inside a
// sentence), "Council member Adaeze Moreau, whose ward …" no person (the speaker "Council member Adaeze
// Moreau"), and "told Channel 9" a place "Channel". Invented sentences.

const CASES: [string, string, string[]][] = [
  [
    'a two-word title of capitals opening the sentence is the role, not a word of the name',
    'City Manager Felix Darrow warned that the gap would not go away.',
    ['person | Felix Darrow'],
  ],
  [
    'the same title inside the sentence',
    'On Monday City Manager Felix Darrow warned that the gap would not go away.',
    ['date | Monday', 'person | Felix Darrow'],
  ],
  [
    'a two-word title in lower case before a name and its clause',
    'Council member Adaeze Moreau, whose ward includes the plant, said she expected a vote.',
    ['person | Adaeze Moreau'],
  ],
  [
    'a word of the lexicon before a number is one of a numbered series, no place',
    'Chief Maren Holt told Channel 9 the fire was boxed in.',
    ['person | Maren Holt'],
  ],
  [
    "a club's name before its manager stays the club's (the title is not read across it)",
    'Brackley City manager Jon Pike said the club would appeal.',
    ['person | Jon Pike', 'place | Brackley City'],
  ],
  ['a place of the city stays a place', 'City Hall said the gap would not go away.', ['place | City Hall']],
];

for (const [rule, text, expected] of CASES)
  test(`council titles: ${rule}`, () => assert.deepEqual(names(text), expected));

test('council titles: the speaker is the person, named without the title, the title its role', () => {
  const text =
    'City Manager Felix Darrow said the city still faced a gap. "Every dollar counts," Darrow said.';
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const q = out.quotes.find((x) => x.text.includes('Every dollar'));
  assert.equal(q?.speaker?.name, 'Felix Darrow');
  assert.deepEqual([q?.speaker?.role?.kind, q?.speaker?.role?.words], ['official', 'City Manager']);
});
