import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { type ClaimFigure, sentenceFigures } from '../../../text/quantities.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { bothHold } from './bounds.ts';

// The one figure of an invented sentence, as claims read it.
function figureOf(text: string): ClaimFigure {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  const [f] = (doc?.sentences ?? []).flatMap((s) => sentenceFigures(s));
  assert.ok(f, text);
  return f;
}

// review37-A F4: whether two values of one measure can both be true (the test behind coverage's ≠
// and the differences' bounds). Invented sentences.
for (const [a, b, both] of [
  [
    'The bridge will stay closed for at least six weeks.',
    'The bridge could stay closed for up to three months.',
    true,
  ],
  [
    'The bridge will stay closed for at least six weeks.',
    'The bridge could stay closed for up to four weeks.',
    false,
  ],
  ['More than 90 boats sailed.', 'Up to 90 boats sailed.', false],
  ['At least three people were hurt.', 'Ten people were hurt.', true],
  ['About 300 people marched.', 'More than 1,000 people marched.', false],
  ['About 300 people marched.', 'Nearly 300 people marched.', true],
] as const)
  test(`"${a}" / "${b}": ${both ? 'both hold' : 'another value'}`, () => {
    const [f, g] = [figureOf(a), figureOf(b)];
    assert.equal(bothHold(f, g), both);
    assert.equal(bothHold(g, f), both);
  });
