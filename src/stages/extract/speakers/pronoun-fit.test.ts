import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// review44b: a "he" or "she" went to the person named last even when that person's names say no gender
// ("Robin") and another person named with them may be meant; it goes to no one then, not to one known to
// be of the pronoun's gender (review45c: a name that says no gender may be either; pronoun-fit.ts).
// Invented sentences.

/** The speaker of the article's last direct quote, or null when it is left unnamed. */
function quoteSpeaker(text: string): string | null {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const q = out.quotes.filter((x) => x.kind === 'direct').at(-1);
  return q?.speaker?.entityId ? q.speaker.name : null;
}

const QUOTE = '“The depot will open in March,”';

/** [rule, text, speaker or null]. */
const CASES: [string, string, string | null][] = [
  [
    'no one, not a person known to be a man, over one whose names say no gender (either may be meant)',
    `The council met on Monday.\nThe owner of the depot, Paul Gruber, was thanked by Robin Ames on Monday. ${QUOTE} he said.`,
    null,
  ],
  [
    'no one, not a person known to be a woman, over one whose names say no gender and a man',
    `The council met on Monday.\nThe owner of the depot, Karen Holt, was thanked by Robin Ames and Paul Gruber on Monday. ${QUOTE} she said.`,
    null,
  ],
  [
    'no one, not a man named before, over the person the pronoun follows whose names say no gender (review45c)',
    `The council met on Monday.\nAfter Paul Gruber sold the Brannock depot on Monday, its 80 workers turned to union leader Chidi Okafor. ${QUOTE} he said.`,
    null,
  ],
  [
    'no one when two whose names say no gender may be meant',
    `The council met on Monday.\nThe owner of the depot, Chris Lane, was thanked by Robin Ames on Monday. ${QUOTE} he said.`,
    null,
  ],
  // what stays
  [
    'the only person named, whose names say no gender',
    `The council met on Monday.\nRobin Ames, the mayor, spoke on Monday. ${QUOTE} he said.`,
    'Robin Ames',
  ],
  [
    'the subject known to be of the pronoun’s gender over one named after them whose names say no gender',
    `The council met on Monday.\nPaul Gruber met Robin Ames, the mayor, on Monday. ${QUOTE} he said.`,
    'Paul Gruber',
  ],
  [
    'the one person who may be meant, the other known to be of the other gender',
    `The council met on Monday.\nPaul Gruber met Karen Holt, the mayor, on Monday. ${QUOTE} he said.`,
    'Paul Gruber',
  ],
];

for (const [rule, text, speaker] of CASES)
  test(`pronoun speaker: ${rule}`, () => {
    assert.equal(quoteSpeaker(text), speaker);
  });
