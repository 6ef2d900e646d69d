import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { clockAt } from './clock.ts';
import { stem } from './normalise.ts';

// The support judge's figures skip a time of day, however written (text/clock.ts reads them).

test('clock times are not figures', () => {
  assert.deepEqual(figuresOf('The bridge closed at 5 a.m. and the ferries run until 10 p.m.'), []);
  // as a tokeniser spaced them (the extract stage's figures read them the same way, text/clock.ts)
  assert.deepEqual(
    figuresOf('The ferry left at 4: 17 a. m., the tug at 9 p. m. and the barge at 14: 30 with 3 crews.').map(
      (f) => [f.value, f.counts],
    ),
    [[3, stem('crews')]],
  );
  // and told with a point, spaced or not ("4. 30am", "4.30pm", "9. 05 BST")
  assert.deepEqual(
    figuresOf('The ferry left at 4. 30am, the tug at 4.30pm and the barge at 9. 05 BST with 3 crews.').map(
      (f) => [f.value, f.counts],
    ),
    [[3, stem('crews')]],
  );
  // and in four digits, 24-hour ("1100 hrs", "at 1400 hours", "1630 IST"), not a count of hours
  assert.deepEqual(
    figuresOf(
      'The convoy left at 1100 hrs, the tug at 0930 hours local time and the barge at 1630 IST with 3 crews.',
    ).map((f) => [f.value, f.counts]),
    [[3, stem('crews')]],
  );
  assert.deepEqual(
    figuresOf('By 1400 hours the divers had logged 1200 hours of work.').map((f) => [f.value, f.unit]),
    [[50, 'days']],
  );
  // "hrs" without a word of time before it is hours, as "hours" is ("logged 1200 hrs" is 50 days)
  assert.deepEqual(
    figuresOf('The pilot logged 1200 hrs last year and 1100 hrs of flight time.').map((f) => [
      f.value,
      f.unit,
    ]),
    [
      [50, 'days'],
      [1100 * (1 / 24), 'days'],
    ],
  );
  // and one the bracket gives again in another zone ("1353 (1023 GMT)")
  assert.deepEqual(
    figuresOf('The tremor struck at 1353 (1023 GMT) and cut power to 40 homes.').map((f) => [
      f.value,
      f.counts,
    ]),
    [[40, stem('homes')]],
  );
});

test('a bracket after a four-digit number is a time of day only when it opens with one', () => {
  // "(I am told)", "(as ET reported)": a word before what reads as a clock word is no time of day
  assert.deepEqual(
    figuresOf('The ferry line hired 1200 (I am told) deckhands.').map((f) => f.value),
    [1200],
  );
  assert.deepEqual(
    figuresOf('The quay held 1450 (as ET reported) boats.').map((f) => f.value),
    [1450],
  );
  assert.deepEqual(figuresOf('The tremor struck at 1353 (10 a.m. GMT).'), []);
});

test('clockAt: where a time of day starts, in one token or as the clock readers read it', () => {
  const at = (sentence: string, word: string): boolean => {
    const [doc] = segmentAll([articleFromText('a', sentence)], createContext());
    const tokens = doc?.sentences.flatMap((s) => s.tokens) ?? [];
    return clockAt(
      tokens,
      tokens.findIndex((t) => t.text === word),
    );
  };
  const rows: [string, string, boolean][] = [
    ['The ferry docked at 17:06 on Monday.', '17:06', true],
    ['The ferry docked at 11 am on Monday.', '11', true],
    ['The ferry docked at 2: 09 a. m. on Monday.', '2', true],
    ['The ferry docked at 1336 GMT on Monday.', '1336', true],
    ['The ferry docked at 0930 hours on Monday.', '0930', true],
    ['The crew logged 1200 hours of work.', '1200', false],
    ['The ferry carried 11 cars on Monday.', '11', false],
  ];
  for (const [sentence, word, expected] of rows) assert.equal(at(sentence, word), expected, sentence);
});
