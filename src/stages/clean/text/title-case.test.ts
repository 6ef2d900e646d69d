import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { cleanText } from './index.ts';

const read = (content: string) =>
  cleanText()({ id: 'a1', source: 'a.txt', format: 'text', content, given: {} }, createContext());

const BODY =
  'Ferry crews at Marrowby walked off the job on Tuesday, halting all 40 daily sailings to Gullport, the operator said.\n\n' +
  'The union says its members have not had a raise in three years, and talks are set to resume on Thursday.';

// [first line, the headline read]: a first line in title case is the headline even with a full stop
const CASES: [string, string | null][] = [
  [
    'Crews to Strike Again at Gullport Ferry Terminal Despite Pay Offer.',
    'Crews to Strike Again at Gullport Ferry Terminal Despite Pay Offer.',
  ],
  [
    'Doubt Over Tessel Lines’ Future Is Fed by Its Long Silence.',
    'Doubt Over Tessel Lines’ Future Is Fed by Its Long Silence.',
  ],
  // a sentence, even of names, stays the body's first sentence
  ['Ilse Varga and Oren Palk are out.', null],
  ['Voting for the Harbour Board began in Marrowby on Monday.', null],
  // a byline or a person's age and town in title case is no headline
  ['By Ilse Varga and Oren Palk.', null],
  ['Ilse Varga, 54, of Marrowby.', null],
  // a figure's thousands are no age
  [
    'Ferry Crossings Rose to 188,000, Topping a Million This Year.',
    'Ferry Crossings Rose to 188,000, Topping a Million This Year.',
  ],
];

for (const [first, title] of CASES)
  test(`first line: ${first}`, () => {
    const parts = read(`${first}\n\n${BODY}`);
    assert.equal(parts.title, title);
    assert.equal(
      parts.paragraphs.some((p) => p.text.startsWith(first)),
      title === null,
    );
  });

test('first line: a credit in title case is a credit, no headline ("All Photos by Oren Palk.")', () => {
  for (const first of ['All Photos by Oren Palk.', 'Video Courtesy of Oren Palk.']) {
    const parts = read(`${first}\n\n${BODY}`);
    assert.equal(parts.title, null);
    assert.deepEqual(parts.media, [{ kind: 'credit', text: first }]);
  }
});
