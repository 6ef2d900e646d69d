import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { stem } from './normalise.ts';
import type { ClaimFigure } from './quantities.ts';

// Reading figures: each number a sentence gives, with its unit, what it counts, its qualifier and rate
// (quantities-agree.test.ts: whether two figures tell the same quantity and agree).

const CASES: [string, Partial<ClaimFigure>[]][] = [
  [
    'Nearly 2.5 million tourists visited the island in 2022.',
    [{ value: 2_500_000, qualifier: 'nearly', counts: stem('tourists'), rate: null, frame: 'year:2022' }],
  ],
  [
    'About 300 workers a day joined the strike.',
    [{ value: 300, qualifier: 'about', counts: stem('workers'), rate: 'day' }],
  ],
  ['The city spent $4 billion on the bridge.', [{ value: 4e9, unit: 'USD' }]],
  ['Turnout rose to 61% on Sunday.', [{ value: 61, unit: 'percent' }]],
  ['The law takes effect on March 3, 2025, after a vote in 2024.', []],
  [
    'More than 1,200 homes lost power, and 45 schools closed.',
    [
      { value: 1200, qualifier: 'more than', counts: stem('homes') },
      { value: 45, counts: stem('schools') },
    ],
  ],
  // a tokeniser's spaced thousands separator is one number; a list after a year is not
  ['The quake killed more than 26, 000 people.', [{ value: 26_000, counts: stem('people') }]],
  ['It cost 1, 200, 000 dollars.', [{ value: 1_200_000 }]],
  ['In 2008, 200 people died.', [{ value: 200, counts: stem('people') }]],
  // and so is a decimal point a tokeniser spaced, which the segmenter keeps inside the sentence
  ['The witness spoke after 4. 5 hours of testimony.', [{ value: 4.5 / 24, unit: 'days' }]],
  ['Petrol cost $1. 29 a litre.', [{ value: 1.29, unit: 'USD' }]],
  // a scale word joined by a hyphen scales the number
  ['Robbers took $2. 6-million of gems.', [{ value: 2_600_000, unit: 'USD' }]],
  // a short scale ending the sentence, its full stop kept by the tokeniser ("m."), scales it too
  ['The rebuild is put at $3m.', [{ value: 3_000_000, unit: 'USD', counts: null }]],
  ['The rebuild will cost $3.1m.', [{ value: 3_100_000, unit: 'USD', counts: null }]],
  // a short scale apart from its number is none ("5 m high" is five metres), but after a currency sign
  ['The sea wall rose 5 m high.', [{ value: 5 }]],
  ['The sea wall rose 5 m.', [{ value: 5 }]],
  ['The rebuild will cost $5 m.', [{ value: 5_000_000, unit: 'USD' }]],
  // a measure's name glued to its value is that value, with the decimals after its point ("1 quake" is
  // none); the point may be spaced as some texts are detokenised. The name is the unit and nothing is
  // counted, as the extract stage reads it (measureBefore): "a magnitude-6.1 quake" is no 6.1 quakes
  ['A magnitude-6.1 quake shook Ardley.', [{ value: 6.1, unit: 'magnitude', counts: null }]],
  [
    'Officials said the quake measured magnitude-5. 9 on Monday.',
    [{ value: 5.9, unit: 'magnitude', counts: null }],
  ],
  [
    'The storm reached category-4 strength, with 12 homes flooded.',
    [
      { value: 4, unit: 'category', counts: null },
      { value: 12, unit: null, counts: stem('homes') },
    ],
  ],
  [
    'A Category 4 storm flooded 12 homes.',
    [
      { value: 4, unit: 'category', counts: null },
      { value: 12, unit: null, counts: stem('homes') },
    ],
  ],
  ['A magnitude 5.9 quake shook Bellmere.', [{ value: 5.9, unit: 'magnitude', counts: null }]],
  ['Grade 5 pupils sang at the fair.', [{ value: 5, unit: 'grade', counts: null }]],
  // a lower-case noun that may name a measure, before a count, names none
  ['The band took the stage 20 minutes late.', [{ value: 20 * (1 / 1440), unit: 'days' }]],
  ['Floods at sea level 300 homes wide.', [{ value: 300, unit: null, counts: stem('homes') }]],
  // no measure's name: the digits stay a model's ("Boeing-737")
  ['Crews inspected a Boeing-737 and 12 helicopters.', [{ value: 12 }]],
  // the near end of a range takes the far end's unit
  [
    'They were given jail terms ranging from 2 to 14 years.',
    [
      { value: 2 * 365, unit: 'days' },
      { value: 14 * 365, unit: 'days' },
    ],
  ],
  [
    'Villages lost between 40 and 80 percent of their homes.',
    [
      { value: 40, unit: 'percent' },
      { value: 80, unit: 'percent' },
    ],
  ],
  [
    'A daily average of 700 trucks crossed the bridge.',
    [{ value: 700, rate: 'day', counts: stem('trucks') }],
  ],
  // "a day after" places an event in time: no rate
  [
    'Guards were sent a day after about 340 migrants crossed the river.',
    [{ value: 340, qualifier: 'about', counts: stem('migrants'), rate: null }],
  ],
  ['Police detained 120 people a week later.', [{ value: 120, counts: stem('people'), rate: null }]],
  // a rate right after its number stays one before a clause of time
  ['Crossings averaged 340 a day after the new rules took effect.', [{ value: 340, rate: 'day' }]],
  ['The ferry carried 900 passengers a day before the strike.', [{ value: 900, rate: 'day' }]],
  ['Crossings have averaged 340 a day since May.', [{ value: 340, rate: 'day' }]],
];

for (const [sentence, expected] of CASES)
  test(`figures in: ${sentence}`, () => {
    const found = figuresOf(sentence);
    assert.equal(found.length, expected.length);
    expected.forEach((want, i) => {
      for (const [key, value] of Object.entries(want))
        assert.deepEqual(found[i]?.[key as keyof ClaimFigure], value, key);
      const got = found[i] as ClaimFigure;
      assert.equal(sentence.slice(got.span.start, got.span.end).replace(/[^\d.]/g, '').length > 0, true);
    });
  });

const VAGUE: [string, Partial<ClaimFigure>][] = [
  [
    'Thousands of migrants crossed the river.',
    { value: 2_000, low: 2_000, high: 999_999, qualifier: 'thousands' },
  ],
  [
    'Tens of thousands of voters queued.',
    { value: 20_000, low: 20_000, high: 999_999, qualifier: 'tens of thousands', counts: stem('voters') },
  ],
  ['Dozens of boats sank.', { low: 24, high: 199, qualifier: 'dozens', counts: stem('boats') }],
  // a few of a scale word: a range of that many dozens or hundreds, not the scale word alone
  ['Several dozen people were hurt.', { low: 36, high: 108, qualifier: 'several', counts: stem('people') }],
  ['A few hundred fans waited.', { low: 200, high: 500, qualifier: 'a few', counts: stem('fans') }],
];

for (const [sentence, want] of VAGUE)
  test(`a vague quantity is a range, its value the low end: ${sentence}`, () => {
    const [found, ...more] = figuresOf(sentence);
    assert.equal(more.length, 0);
    for (const [key, value] of Object.entries(want))
      assert.deepEqual(found?.[key as keyof ClaimFigure], value, key);
  });

test('an age is of someone, no length of time: only the same age states it', () => {
  const read = (s: string) => figuresOf(s).map((f) => [f.value, f.unit, f.counts]);
  assert.deepEqual(read('The 40-year-old driver and a six-month-old foal were hurt.'), [
    [40, 'age-year', null],
    [6, 'age-month', null],
  ]);
  assert.deepEqual(read('The driver, 40 years old, had worked there for 40 years.'), [
    [40, 'age-year', null],
    [40 * 365, 'days', null],
  ]);
});

test('a clock speed is a measure in hertz, and a name before the counted noun only modifies it', () => {
  const read = (s: string) => figuresOf(s).map((f) => [f.value, f.unit, f.counts]);
  assert.deepEqual(read('The Velto runs on a 512-MHz chip and a 1.5GHz modem.'), [
    [512e6, 'Hz', null],
    [1.5e9, 'Hz', null],
  ]);
  assert.deepEqual(read('Police took 400 Kalvis children and five Nebraska officials to court.'), [
    [400, null, stem('children')],
    [5, null, stem('officials')],
  ]);
});

const WORDED: [string, Partial<ClaimFigure>[]][] = [
  [
    'The tunnel will stay closed for at least six weeks.',
    [{ value: 42, unit: 'days', qualifier: 'at least' }],
  ],
  ['The pier could be shut for up to three months.', [{ value: 90, unit: 'days', qualifier: 'up to' }]],
  ['Crews expect the outage to last 48 hours.', [{ value: 2, unit: 'days', qualifier: null }]],
  ['Twelve schools closed on Monday.', [{ value: 12, unit: null, counts: stem('schools') }]],
  ['The storm flattened a dozen barns.', [{ value: 12, counts: stem('barns') }]],
  ['Police arrested two dozen people.', [{ value: 24, counts: stem('people') }]],
  ['Last spring twenty-five nurses resigned.', [{ value: 25, counts: stem('nurses') }]],
  ['The road will close for one week.', [{ value: 7, unit: 'days' }]],
  ['The river hit a forty-year high.', [{ value: 40 * 365, unit: 'days' }]],
  // the part of a whole told next is a count, as "3 of its 9 branches" is; "three of them" is none
  [
    'Three of its nine branches need new roofs.',
    [{ value: 3 }, { value: 9, counts: stem('branches'), frame: 'whole' }],
  ],
  ['The library is one of nine branches.', [{ value: 9, counts: stem('branches'), frame: 'whole' }]],
  [
    "Three of the city's nine library branches need new roofs.",
    [{ value: 3 }, { value: 9, counts: stem('branches'), frame: 'whole' }],
  ],
  ['The city has nine branches.', [{ value: 9, counts: stem('branches'), frame: null }]],
  ['Three of them left early.', []],
  // "one" as a pronoun or determiner, "the two", and lone articles are not figures
  ['One of the guards was hurt.', []],
  ['She was the one who called the police.', []],
  ['One resident said the water was rising.', []],
  ['The two met again on Friday.', []],
  ['A guard and an officer were hurt on one day in May.', []],
];

for (const [sentence, expected] of WORDED)
  test(`figures in words: ${sentence}`, () => {
    const found = figuresOf(sentence);
    assert.equal(found.length, expected.length, JSON.stringify(found));
    expected.forEach((want, i) => {
      for (const [key, value] of Object.entries(want))
        assert.deepEqual(found[i]?.[key as keyof ClaimFigure], value, key);
    });
  });
