import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { oneEventBefore, verbOfNoun } from './nominal.ts';
import { stem } from './normalise.ts';

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

test('a noun names the event of the verb its ending was cut from, an irregular one by its list', () => {
  assert.equal(verbOfNoun(stem('closure')), stem('closing'));
  assert.equal(verbOfNoun(stem('withdrawal')), 'withdraw');
  assert.equal(verbOfNoun(stem('acquisition')), stem('acquire'));
  // a short root is no verb's ("nation" names no "nat")
  assert.equal(verbOfNoun(stem('nation')), null);
  assert.equal(verbOfNoun(stem('library')), null);
});

// closing-s31: "closing the library will save" / "the closure would save" are one measure of one event
// (the differences read this; the summary read it alone before).
test('the words before two figures name one event as a verb and its noun, never as two nouns', () => {
  const before = (a: string, b: string) => {
    const [ta, tb] = [tokensOf(a), tokensOf(b)];
    const first = (ts: readonly { text: string }[]) => ts.findIndex((t) => /^\d/.test(t.text));
    return oneEventBefore(ta, first(ta), tb, first(tb));
  };
  assert.equal(
    before('Closing the Orrin library will save 180,000 pounds.', 'The closure will save 150,000 pounds.'),
    true,
  );
  assert.equal(
    before('The closure will save 150,000 pounds.', 'Closing the Orrin library will save 180,000 pounds.'),
    true,
  );
  // two nouns that look alike ("personal" cut to "person") are no verb and its noun
  assert.equal(before('The personal allowance is 12,000 pounds.', 'Each person pays 9,000 pounds.'), false);
  // a verb and a noun of two events
  assert.equal(
    before('Closing the Orrin library will save 180,000 pounds.', 'The renovation will cost 150,000 pounds.'),
    false,
  );
});
