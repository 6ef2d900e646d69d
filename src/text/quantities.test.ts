import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { stem } from './normalise.ts';
import { type ClaimFigure, sameQuantity, sentenceFigures, valuesAgree } from './quantities.ts';

function figuresOf(sentence: string): ClaimFigure[] {
  const [doc] = segmentAll([articleFromText('a', sentence)], createContext());
  return (doc?.sentences ?? []).flatMap((s) => sentenceFigures(s));
}

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
    'They received sentences ranging from 6 to 75 years.',
    [
      { value: 6 * 365, unit: 'days' },
      { value: 75 * 365, unit: 'days' },
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

const fig = (value: number, low: number, high: number, extra: Partial<ClaimFigure> = {}): ClaimFigure => ({
  value,
  low: value * low,
  high: value * high,
  unit: null,
  counts: stem('migrants'),
  qualifier: null,
  rate: 'day',
  frame: null,
  span: { start: 0, end: 1 },
  figureId: null,
  context: [],
  ...extra,
});

test('values agree within their qualifiers', () => {
  const rows: [ClaimFigure, ClaimFigure, boolean][] = [
    [fig(50_000, 0.85, 1), fig(48_000, 0.97, 1.03), true], // nearly 50,000 vs 48,000
    [fig(10_000, 0.6, 1), fig(10_000, 0.97, 1.03), true], // as many as 10,000 vs 10,000
    [fig(80_000, 1, 1.5), fig(100_000, 0.97, 1.03), true], // more than 80,000 vs 100,000
    [fig(80_000, 1, 1.5), fig(60_000, 0.97, 1.03), false], // more than 80,000 vs 60,000
    [fig(10_000, 0.97, 1.03), fig(20_000, 0.97, 1.03), false],
  ];
  for (const [a, b, agree] of rows) assert.equal(valuesAgree(a, b), agree, `${a.value} vs ${b.value}`);
});

test('same-sized numbers that count different things are different quantities', () => {
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { counts: stem('crossings') })), true);
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { counts: stem('people') })), true);
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { rate: null })), false);
  assert.equal(sameQuantity(fig(10_000, 1, 1), fig(10_000, 1, 1, { counts: stem('dollars') })), false);
  assert.equal(
    sameQuantity(fig(10_000, 1, 1, { frame: 'fy:2023' }), fig(10_000, 1, 1, { frame: 'fy:2020' })),
    false,
  );
  assert.equal(sameQuantity(fig(10_000, 1, 1, { unit: 'USD' }), fig(10_000, 1, 1)), false);
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

test('a vague quantity agrees with the figures inside its range only', () => {
  const one = (s: string) => figuresOf(s)[0] as ClaimFigure;
  const rows: [string, string, boolean][] = [
    ['Thousands of migrants crossed.', '10,000 migrants crossed.', true],
    ['Thousands of migrants crossed.', 'About 250,000 migrants crossed.', true],
    ['Thousands of migrants crossed.', '1,500 migrants crossed.', false],
    ['Hundreds of migrants crossed.', '10,000 migrants crossed.', false],
    ['Tens of thousands of migrants crossed.', 'More than 80,000 migrants crossed.', true],
    ['Dozens of boats sank.', '150 boats sank.', true],
  ];
  for (const [a, b, agree] of rows) assert.equal(valuesAgree(one(a), one(b)), agree, `${a} vs ${b}`);
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

test('durations compare in days, within narrower qualifier ranges', () => {
  const one = (s: string) => figuresOf(s)[0] as ClaimFigure;
  const rows: [string, string, boolean][] = [
    ['The pier stays shut for at least six weeks.', 'The pier stays shut for up to three months.', false],
    ['The pier stays shut for about six weeks.', 'The pier stays shut for at least six weeks.', true],
    ['The pier stays shut for six weeks.', 'The pier stays shut for 42 days.', true],
    ['The pier stays shut for two weeks.', 'The pier stays shut for 14 days.', true],
    ['The pier stays shut for about 48 hours.', 'The pier stays shut for two days.', true],
    ['The pier stays shut for nearly two months.', 'The pier stays shut for up to two weeks.', false],
  ];
  for (const [a, b, agree] of rows) {
    const [fa, fb] = [one(a), one(b)];
    assert.equal(sameQuantity(fa, fb), true, `${a} / ${b}`);
    assert.equal(valuesAgree(fa, fb), agree, `${a} / ${b}`);
  }
  // a duration is never the same quantity as a count of the same size
  assert.equal(sameQuantity(one('The pier stays shut for 12 days.'), one('Twelve piers were shut.')), false);
  // a measure's value and a bare number may tell one measure; a count or another measure may not
  const quake = one('Survey staff said it was a magnitude-6.1 quake.');
  assert.equal(sameQuantity(quake, one('Survey staff said it was 6.1.')), true);
  assert.equal(sameQuantity(one('Survey staff said it was 6.1.'), quake), true);
  assert.equal(sameQuantity(quake, one('Survey staff counted 6 homes.')), false);
  assert.equal(sameQuantity(quake, one('A Category 6 storm hit.')), false);
});

// A number in digits allows what its written precision allows: "$13.9 billion" is not "$13.2 billion".
const AGREEMENT: [string, string, boolean][] = [
  ['The deal is worth $13.9 billion.', 'The deal is worth $13.2 billion.', false],
  ['The deal is worth $13.9 billion.', 'The deal is worth $14 billion.', true],
  ['About 2.4 million people voted.', 'Exactly 2,431,000 people voted.', true],
  ['The quake killed 26,000 people.', 'The quake killed 31,000 people.', false],
  ['The repair costs $48 million.', 'The repair costs $48.2 million.', true],
  ['The ferry stays shut for six weeks.', 'The ferry stays shut for 43 days.', true],
];

for (const [a, b, agree] of AGREEMENT)
  test(`values ${agree ? 'agree' : 'differ'}: ${a} / ${b}`, () => {
    const [f] = figuresOf(a);
    const [g] = figuresOf(b);
    assert.ok(f && g);
    assert.equal(valuesAgree(f, g), agree);
  });
