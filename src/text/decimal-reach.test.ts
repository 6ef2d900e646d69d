import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';

// A decimal point a scraper spaced ("6. 0") is read as the decimal it was, and "about" before a
// decimal reaches a few of its last digit's halves, not a share of the whole (closing-s31: "about
// 6. 0" held the 5.6 another outlet gave for one quake, so no difference was listed). Invented sentences.
const range = (text: string) => {
  const [f] = figuresOf(text);
  assert.ok(f, text);
  return [f.value, Number(f.low.toFixed(3)), Number(f.high.toFixed(3))];
};

test('"6. 0" as a scraper spaced it is read as 6.0, alike with "about" or without', () => {
  assert.deepEqual(
    range('The quake had a magnitude of 6. 0, the Orrin office said.'),
    range('The quake had a magnitude of 6.0, the Orrin office said.'),
  );
  assert.deepEqual(
    range('The quake had a magnitude of about 6. 0, the Orrin office said.'),
    range('The quake had a magnitude of about 6.0, the Orrin office said.'),
  );
});

test('"about" before a decimal reaches five halves of its last digit (fails before: 5.1 to 6.9)', () => {
  assert.deepEqual(range('The quake had a magnitude of about 6.0, the Orrin office said.'), [6, 5.75, 6.25]);
  assert.deepEqual(range('About 2.5 million people live in Orrin.'), [2_500_000, 2_250_000, 2_750_000]);
});

test('a whole number, or money with its cents, keeps the share "about" allows', () => {
  assert.deepEqual(range('About 300 people live in Orrin.'), [300, 255, 345]);
  assert.deepEqual(range('A ticket costs about $1.50 in Orrin.'), [1.5, 1.275, 1.725]);
});
