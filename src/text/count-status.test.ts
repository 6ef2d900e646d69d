import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { otherStatus } from './count-status.ts';
import { stem } from './normalise.ts';
import { sentenceFigures } from './quantities.ts';

// newuser25 #3: "42 suspected cases" counts cases, and suspected and confirmed cases are two measures.
const first = (text: string) => {
  const sentence = segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0];
  assert.ok(sentence);
  const figure = sentenceFigures(sentence)[0];
  assert.ok(figure);
  return { figure, tokens: sentence.tokens };
};
const apart = (a: string, b: string) => {
  const [x, y] = [first(a), first(b)];
  return otherStatus(x.figure, x.tokens, y.figure, y.tokens);
};

test('a status word between a number and what it counts is passed over', () => {
  assert.equal(figuresOf('Officials reported 42 suspected cases at the camp.')[0]?.counts, stem('cases'));
});

test('suspected and confirmed cases are two statuses, however each is told', () => {
  assert.equal(
    apart('Officials reported 42 suspected cases.', 'Officials reported 61 confirmed cases.'),
    true,
  );
  assert.equal(
    apart('Officials reported 42 suspected cases.', 'By Tuesday 61 cases had been confirmed.'),
    true,
  );
});

test('a count whose status is not told, or of one status, is not told apart', () => {
  assert.equal(apart('Officials reported 42 suspected cases.', 'Officials reported 61 cases.'), false);
  assert.equal(
    apart('Officials reported 42 confirmed cases.', 'By Tuesday 61 cases had been confirmed.'),
    false,
  );
});
