import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentencesOf } from './test-kit.ts';

// [invented paragraph, the sentences it must give]: a stop inside brackets opened within a sentence
// (a party-state tag, an abbreviation) ends no sentence
const CASES: [string, string[]][] = [
  [
    'Sen. Ann Roe (D-N.Y.), hours after she met the mayor, said the bill would pass. The vote is Friday.',
    [
      'Sen. Ann Roe (D-N.Y.), hours after she met the mayor, said the bill would pass.',
      'The vote is Friday.',
    ],
  ],
  ['Sen. Lu Pike (I-Vt.) agreed with him.', ['Sen. Lu Pike (I-Vt.) agreed with him.']],
  [
    'Rep. Kim Hall (D-Calif.) Tuesday said the plan was dead.',
    ['Rep. Kim Hall (D-Calif.) Tuesday said the plan was dead.'],
  ],
  [
    'Gov. Ted Roe (R-Ga.) and Sen. Ida Lee (D-Wash.) met.',
    ['Gov. Ted Roe (R-Ga.) and Sen. Ida Lee (D-Wash.) met.'],
  ],
  ['He cited the rule (Sec. 4.2) twice.', ['He cited the rule (Sec. 4.2) twice.']],
  // a bracket that opens its sentence, and a lower-case word's stop before a capital, keep the split
  [
    'The mayor spoke. (She later left.) The council voted.',
    ['The mayor spoke.', '(She later left.)', 'The council voted.'],
  ],
  // a bracket left open is not closed by a later pair of its own
  [
    'Fans were sad (see photo. The vote (held Monday) failed. The mayor left.',
    ['Fans were sad (see photo.', 'The vote (held Monday) failed.', 'The mayor left.'],
  ],
  [
    'The vote was 52 to 48 (a narrow win.) The House then met.',
    ['The vote was 52 to 48 (a narrow win.)', 'The House then met.'],
  ],
  // a word that names a property of every plain object reads as a word, not a bracket
  [
    'The constructor Rep. Kim Hall (D-Calif.) Tuesday said the toString plan was dead.',
    ['The constructor Rep. Kim Hall (D-Calif.) Tuesday said the toString plan was dead.'],
  ],
  [
    'Gov. Ted Roe (R-Ga.) and the hasOwnProperty crew met.',
    ['Gov. Ted Roe (R-Ga.) and the hasOwnProperty crew met.'],
  ],
];

for (const [text, expected] of CASES)
  test(`sentences of: ${text}`, () => assert.deepEqual(sentencesOf(`Senate vote\n\n${text}`), expected));
