import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { dimensionsEnd, inDimensionsAt } from './dimensions.ts';

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

test('numbers joined by "x", "×" or "by" are a size, with the unit after it', () => {
  const cases: [string, string, string | null][] = [
    // [sentence, the size's first number, the text of its last token; null: no size]
    ['The ferry has a 480 x 360 screen.', '480', '360'],
    ['The ferry has 480 x 360 pixels.', '480', 'pixels'],
    ['The ferry has a 480 by 360-pixel screen.', '480', 'pixel'],
    ['The ferry has a 480-by-360 screen.', '480', 'by-360'],
    ['The ferry has a 720×720 screen.', '720', '720'],
    ['The crew cut a 2x4 board.', '2', 'x4'],
    ['The hold is 10 x 12 x 8 feet.', '10', 'feet'],
    ['The crews drove a four-by-four.', 'four', 'four'],
    // "by" before a year or a time of day joins no size
    ['Fares rose 20 by 2030.', '20', null],
    ['The crews left 12 by 5 p.m. on Monday.', '12', null],
    ['The port hired 40 pilots by May.', '40', null],
  ];
  for (const [text, first, last] of cases) {
    const tokens = tokensOf(text);
    const i = tokens.findIndex((t) => t.text === first);
    const end = dimensionsEnd(tokens, i);
    assert.equal(end < 0 ? null : tokens[end - 1]?.text, last, text);
  }
});

test('each number of a size is in it', () => {
  const tokens = tokensOf('The ferry has 480 x 360 pixels and 12 lifeboats.');
  const at = (word: string) => tokens.findIndex((t) => t.text === word);
  assert.equal(inDimensionsAt(tokens, at('480')), true);
  assert.equal(inDimensionsAt(tokens, at('360')), true);
  assert.equal(inDimensionsAt(tokens, at('12')), false);
});
