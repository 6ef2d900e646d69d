import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: a piece of the claim (after a comma or "and" / "but") left out of the candidate
// (found by bench/support-metamorphic.ts, "dropped-detail": each NOT case is a support before).
const NOT: [string, string, string][] = [
  [
    "a list's last name",
    'With rich media, fast mail and easy access to social networks, including Pictr, Frendly and Chatsy, the Vessco 8900 phone helps you make the most of a busy day.',
    'With rich media, fast mail and easy access to social networks, including Pictr and Frendly, the Vessco 8900 phone helps you make the most of a busy day.',
  ],
  [
    'the last of a list of verb phrases',
    'By acquiring Ardent, Vessco will be better able to help customers to transform their data centers, optimize energy efficiency and position them for future business growth.',
    'By acquiring Ardent, Vessco will be better able to help customers to transform their data centers, optimize energy efficiency, says the company.',
  ],
  [
    'a second clause after "but" (its nouns are not told by a verb of another class: "death" / "killings")',
    'A former bakery clerk has been charged in the 1971 killings of two young men at a small bakery in Velden, but the suspect is near death.',
    'A former bakery clerk has been charged in the 1971 killings of two young men at a small bakery in Velden.',
  ],
  [
    'the last noun of a list',
    "Relatives insisted Brandt suffered from paranoid schizophrenia, dementia and Alzheimer's disease, his lawyer said.",
    'Relatives insisted Brandt suffered from paranoid schizophrenia and dementia, his lawyer said.',
  ],
];

const YES: [string, string, string][] = [
  [
    'words in brackets are no piece',
    '“The warship immediately altered (its direction) towards the suspicious vessels and challenged them.',
    '“The warship immediately altered towards the suspicious vessels and challenged them.',
  ],
  [
    'who reports the claim is no piece',
    "``The shock was tremendous but all the other people in the shop managed to get out safely,'' Holm said in a statement.",
    "``The shock was tremendous but all the other people in the shop managed to get out safely,'' Holm said.",
  ],
  [
    'a name written short ("Tenn." / "Tennessee")',
    'Page was born on April 22, 1923, in Velden, Tenn.',
    'Ada Page was born on April 22, 1923, in Velden, Tennessee.',
  ],
  [
    'an aside told of a name',
    'He then walked toward the office of Ivo Brandt, another partner.',
    'He then walked toward the office of Ivo Brandt.',
  ],
];

describe('a piece of the claim untold', () => {
  for (const [name, claim, evidence] of NOT)
    test(`not a support: ${name}`, () => {
      const j = judgementOf(claim, evidence);
      assert.notEqual(j.verdict, 'supports', j.reason);
    });
  for (const [name, claim, evidence] of YES)
    test(`a support: ${name}`, () => {
      const j = judgementOf(claim, evidence);
      assert.equal(j.verdict, 'supports', j.reason);
    });
});
