import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: a piece of the claim (after a comma or "and" / "but") left out of the candidate
// (the shapes found by bench/support-metamorphic.ts, "dropped-detail"; each NOT case is a support
// before). Written anew by review33-A: the rows first committed were dev sentences with their names
// changed.
const NOT: [string, string, string][] = [
  [
    "a list's last name",
    'The Tarrow festival will feature bands from Ostland, Velmark and Brask, the organisers said on Monday.',
    'The Tarrow festival will feature bands from Ostland and Velmark, the organisers said on Monday.',
  ],
  [
    'the last of a list of verb phrases',
    'By buying Orrin Ferries, Kessel Lines will be better able to help islanders to reach their jobs on the mainland, cut fuel costs and prepare them for future timetable changes.',
    'By buying Orrin Ferries, Kessel Lines will be better able to help islanders to reach their jobs on the mainland, cut fuel costs, says the company.',
  ],
  [
    'a second clause after "but" (its nouns are not told by a verb of another class: "death" / "killings")',
    'A former Tarrow harbour guard has been charged in the 1994 killings of two fishermen at a boatyard in Velden, but the suspect is near death.',
    'A former Tarrow harbour guard has been charged in the 1994 killings of two fishermen at a boatyard in Velden.',
  ],
  [
    'the last noun of a list',
    "Relatives insisted Holm suffered from severe migraines, insomnia and Tarrow's syndrome, his lawyer said.",
    'Relatives insisted Holm suffered from severe migraines and insomnia, his lawyer said.',
  ],
];

const YES: [string, string, string][] = [
  [
    'words in brackets are no piece',
    'The crew immediately turned (the boat) towards the drifting dinghies and hailed them.',
    'The crew immediately turned towards the drifting dinghies and hailed them.',
  ],
  [
    'who reports the claim is no piece',
    "``The noise was deafening but all the other workers in the mill got out unhurt,'' Holm said in a statement.",
    "``The noise was deafening but all the other workers in the mill got out unhurt,'' Holm said.",
  ],
  [
    'a name written short ("Tenn." / "Tennessee")',
    'Voss was born on March 3, 1931, in Velden, Tenn.',
    'Ada Voss was born on March 3, 1931, in Velden, Tennessee.',
  ],
  [
    'an aside told of a name',
    'He then walked to the shop of Ivo Brandt, another baker.',
    'He then walked to the shop of Ivo Brandt.',
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
