import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A clause after a noun of others' charge ("against charges that …", "claims that …") is what others say, never
// the words of the sentence's subject; the subject's own claim ("his claim that …") still is.

function reports(text: string): [string, string][] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker && 'name' in q.speaker ? String(q.speaker.name) : '']);
}

const OTHERS: [string, string, string][] = [
  [
    'defended … against charges that',
    'Harbour Minister Tova Renn on Monday defended her ferry plan against charges that it would strand the islands.',
    'it would strand the islands',
  ],
  [
    'said claims that … were false',
    'Mayor Ivo Brandt said claims that the pier was unsafe were false.',
    'the pier was unsafe',
  ],
  [
    'defended … from accusations that',
    'Councillor Ada Fenn defended the budget from accusations that it hid a deficit.',
    'it hid a deficit',
  ],
];

for (const [rule, text, charge] of OTHERS) {
  test(`others' charge is not the subject's words: ${rule}`, () => {
    assert.ok(
      reports(text).every(([words]) => words !== charge),
      `"${charge}" given to the subject`,
    );
  });
}

test("a claim of the subject's own is still theirs", () => {
  assert.deepEqual(reports('Mayor Ivo Brandt defended his claim that the pier was safe.'), [
    ['the pier was safe', 'Ivo Brandt'],
  ]);
});
