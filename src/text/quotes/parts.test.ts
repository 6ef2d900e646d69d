import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negationsLeftOut } from './parts.ts';

// A negation left out is one of the part's own clause: not one of a clause before it, coordinated by
// ", and" or "but" (review40-A: such a part was flagged "leaves out 'not'"). Invented quotes.
test('negationsLeftOut: a negation of the part’s own clause, not of a clause coordinated before it', () => {
  const cases: [string, string, string[]][] = [
    ['I am not saying we will close the border; we will manage it.', 'We will close the border.', ['not']],
    ['We are not closing the harbour office.', 'closing the harbour office', ['not']],
    ['We will never sell the quay to a developer.', 'sell the quay to a developer', ['never']],
    [
      'We will not raise the harbour fees, and we will cut the ferry fares.',
      'we will cut the ferry fares',
      [],
    ],
    ['The crane did not break, but we will close the quay for a week.', 'we will close the quay', []],
    ['It was not easy. We will close the quay.', 'We will close the quay', []],
  ];
  for (const [whole, part, expected] of cases)
    assert.deepEqual(negationsLeftOut(whole, part), expected, part);
});

// The part is found in its whole as one pattern of its words would find it: from inside a word at its
// ends, case aside, over any run of non-letters, a negation allowed between two words. Invented quotes.
test('negationsLeftOut: the part found as its words run in the whole', () => {
  const cases: [string, string, string[]][] = [
    ['Never again. We are NOT closing — the harbour office.', 'closing the harbour office', ['not']],
    ['The quay will not, we said, never reopen.', 'quay will we said reopen', ['not', 'never']],
    ['We will not reopen the quay.', 'ill reopen the qu', ['not']],
    ['We will not reopen the quay.', 'reopen the pier', []],
    ["We won't be selling the ferry.", 'be selling the ferry', ["won't"]],
  ];
  for (const [whole, part, expected] of cases)
    assert.deepEqual(negationsLeftOut(whole, part), expected, part);
});

// A long quote costs no compilation of a pattern per word (it took over a second for 400 words: some
// 3 ms a gap, a class of Unicode letters each); its words are found piece by piece, each piece compiled once.
test('negationsLeftOut: a part of 400 words is read in well under a second', () => {
  const words = Array.from({ length: 420 }, (_, i) => `quay${i % 23}`);
  const whole = `We will not ${words.join(', ')} today.`;
  const start = performance.now();
  assert.deepEqual(negationsLeftOut(whole, words.slice(0, 400).join(' ')), ['not']);
  assert.ok(performance.now() - start < 400, `${(performance.now() - start).toFixed(0)} ms`);
});

// (a depth-first search on a stack, not by calls: a quote of thousands of words does not run out of stack)
test('negationsLeftOut: a part of 20,000 words is found', () => {
  const words = Array.from({ length: 20_000 }, (_, i) => `pier${i % 31}`);
  assert.deepEqual(negationsLeftOut(`We will not ${words.join(' ')}.`, words.join(' ')), ['not']);
});
