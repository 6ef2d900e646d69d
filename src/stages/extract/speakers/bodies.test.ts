import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// Who "the company" or "the authority" stands for when it speaks: a body the article named before.

/** [case, article, the last quote's speaker name]. */
const CASES: [string, string, string][] = [
  [
    '"the company" after a sentence whose subject is a body is that body, not a company named after it',
    'In response to rumours, Dunmore Data Corporation announced that it is in talks with Acme Company. The company does not intend to comment further until a deal is signed.',
    'Dunmore Data Corporation',
  ],
  [
    '"the company" after a sentence whose subject is no body is the company named before',
    'The harbour board met Acme Company on Monday. The company said the talks went well and would go on.',
    'Acme Company',
  ],
  [
    '"the authority" is the body of that name named before',
    'The Dover Harbour Authority closed the pier on Monday. The authority said the pier would stay shut until the spring.',
    'Dover Harbour Authority',
  ],
];

for (const [name, text, speaker] of CASES) {
  test(`named body: ${name}`, () => {
    const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
    assert.equal(out.quotes.at(-1)?.speaker?.name, speaker, JSON.stringify(out.quotes.map((q) => q.speaker)));
  });
}
