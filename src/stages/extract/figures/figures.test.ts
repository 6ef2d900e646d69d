import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

const FIGURES: [
  string,
  {
    value: number;
    unit?: string | null;
    counts?: string | null;
    qualifier?: string | null;
    period?: RegExp;
    valueHigh?: number;
  },
][] = [
  [
    'Officials counted 2.4 million migrant apprehensions.',
    { value: 2_400_000, counts: 'migrant apprehensions' },
  ],
  ['The bill costs $3.5 billion.', { value: 3_500_000_000, unit: 'USD' }],
  // a short scale that ends the sentence, its full stop kept by the tokeniser, is the scale still
  ['The rebuild is put at $3m.', { value: 3_000_000, unit: 'USD', counts: null }],
  ['About 45% of voters backed it.', { value: 45, unit: 'percent', counts: 'voters', qualifier: 'about' }],
  ['Nearly 8,000 people walked north.', { value: 8000, counts: 'people', qualifier: 'nearly' }],
  [
    'As many as 300 cars were towed daily.',
    { value: 300, counts: 'cars', qualifier: 'as many as', period: /a day/ },
  ],
  [
    'In fiscal year 2023, the agency made 1,500 arrests.',
    { value: 1500, counts: 'arrests', period: /fiscal year 2023/ },
  ],
  ['Between 10 and 20 homes were damaged.', { value: 10, valueHigh: 20, counts: 'homes' }],
  // vague quantities are ranges (VAGUE_QUANTITIES), never a single number
  [
    'Thousands of migrants waited at the bridge.',
    { value: 2_000, valueHigh: 999_999, counts: 'migrants', qualifier: 'thousands of' },
  ],
  [
    'Tens of thousands of workers marched on Friday.',
    { value: 20_000, valueHigh: 999_999, counts: 'workers', qualifier: 'tens of thousands of' },
  ],
  [
    'The storm caused hundreds of millions of dollars in damage.',
    { value: 200_000_000, valueHigh: 999_999_999, unit: 'USD', qualifier: 'hundreds of millions of' },
  ],
  ['Dozens of boats sank overnight.', { value: 24, valueHigh: 199, counts: 'boats', qualifier: 'dozens of' }],
  [
    'Millions of viewers watched the final.',
    { value: 2_000_000, valueHigh: 999_999_999, counts: 'viewers', qualifier: 'millions of' },
  ],
  // a rate adjective inside what is counted is still the rate
  [
    'An estimated 600 daily crossings were recorded.',
    { value: 600, qualifier: 'an estimated', period: /a day/ },
  ],
  // a whole number with its fraction is one value, and a fraction like "24/7" none
  ['Officials said 4 1/2 million people voted.', { value: 4_500_000, counts: 'people' }],
  ['Nearly two and a half thousand workers marched.', { value: 2_500, counts: 'workers' }],
  ['The shop is open 24/7 and employs 300 people.', { value: 300, counts: 'people' }],
  // a decimal point a tokeniser spaced is one number; the decimals of "magnitude-6.1" are none
  ['The firm lost $1. 2 million in March.', { value: 1_200_000, unit: 'USD' }],
  // a measure's name glued to its value (or spaced, "Category 4") is that value's unit, no model's
  // name, and the noun after it is what it measures, not a count: "a Category 4 hurricane" is no 4 hurricanes
  ['A magnitude-6.1 quake shook Ardley.', { value: 6.1, unit: 'magnitude', counts: null }],
  ['Officials said the quake measured magnitude-5. 9 on Monday.', { value: 5.9, counts: null }],
  ['Officials said the quake measured magnitude-5.9 on Monday.', { value: 5.9, counts: null }],
  ['A Category 4 hurricane hit the Ardley coast.', { value: 4, unit: 'category', counts: null }],
  ['Grade 5 pupils of Ardley school sang.', { value: 5, unit: 'grade', counts: null }],
  // in lower case, a plain noun before a count: the count stays
  ['The band took the stage 20 minutes late.', { value: 20, unit: 'minutes' }],
  ['Below sea level 300 homes flooded in Ardley.', { value: 300, counts: 'homes' }],
  ['A magnitude 5.9 quake shook Ardley.', { value: 5.9, unit: 'magnitude', counts: null }],
  // so is a thousands separator it spaced: one figure, not "35 GBP" and a "000"
  ['Thieves took £35, 000 of jewellery from a hotel safe.', { value: 35_000, unit: 'GBP' }],
  // a scale word or a currency joined to the number by a hyphen belongs to it
  ['Robbers took $2. 6-million of gems.', { value: 2_600_000, unit: 'USD', counts: 'gems' }],
  ['It was a two-million-euro theft.', { value: 2_000_000, unit: 'EUR' }],
  // a range that opens with "one" (never a number token of its own) is a range
  [
    'Always accompanied by one or two guards, he crossed the road.',
    { value: 1, valueHigh: 2, counts: 'guards' },
  ],
  ['He was sentenced to one to three years in prison.', { value: 1, valueHigh: 3, unit: 'years' }],
  // pounds after a verb of weighing are a weight; else the currency
  [
    'Hale, a tall man who weighed about 240 pounds, walked in.',
    { value: 240, unit: 'pounds', qualifier: 'about' },
  ],
  ['The council fined the shop 240 pounds.', { value: 240, unit: 'GBP' }],
  // a decade's "'s", which the tokeniser splits off, is part of the period, its full stop is not
  [
    "The firm earned $30 million a year in the early 1980's.",
    { value: 30_000_000, period: /^a year, in the early 1980's$/ },
  ],
  ["Since the late 1960's, the club has held 300 fights.", { value: 300, period: /^Since the late 1960's$/ }],
];

for (const [text, want] of FIGURES) {
  test(`figure: ${text}`, () => {
    const figures = run(text).figures;
    assert.equal(figures.length, 1, JSON.stringify(figures));
    const f = figures[0];
    assert.equal(f?.value, want.value);
    if (want.unit !== undefined) assert.equal(f?.unit, want.unit);
    if (want.counts !== undefined) assert.equal(f?.counts, want.counts);
    if (want.qualifier !== undefined) assert.equal(f?.qualifier, want.qualifier);
    if (want.valueHigh !== undefined) assert.equal(f?.valueHigh, want.valueHigh);
    if (want.period) assert.match(f?.period ?? '', want.period);
  });
}

const WORDED_FIGURES: [
  string,
  { value: number; unit: string | null; counts: string | null; qualifier: string | null; text: string },
][] = [
  [
    'Crews said the tunnel will stay closed for at least six weeks.',
    { value: 6, unit: 'weeks', counts: null, qualifier: 'at least', text: 'at least six weeks' },
  ],
  [
    'A spokesman said the pier could be shut for up to three months.',
    { value: 3, unit: 'months', counts: null, qualifier: 'up to', text: 'up to three months' },
  ],
  [
    'Power should be back within about 48 hours.',
    { value: 48, unit: 'hours', counts: null, qualifier: 'about', text: 'about 48 hours' },
  ],
  [
    'Twelve schools closed on Monday.',
    { value: 12, unit: null, counts: 'schools', qualifier: null, text: 'Twelve schools' },
  ],
  [
    'The storm flattened a dozen barns.',
    { value: 12, unit: null, counts: 'barns', qualifier: null, text: 'a dozen barns' },
  ],
  [
    'Last spring twenty-five nurses resigned.',
    { value: 25, unit: null, counts: 'nurses', qualifier: null, text: 'twenty-five nurses' },
  ],
  [
    'Hundreds of fans waited outside.',
    { value: 200, unit: null, counts: 'fans', qualifier: 'hundreds of', text: 'Hundreds of fans' },
  ],
];

for (const [text, want] of WORDED_FIGURES)
  test(`figure in words: ${text}`, () => {
    const figures = run(text).figures;
    assert.equal(figures.length, 1, JSON.stringify(figures));
    const f = figures[0];
    assert.deepEqual(
      { value: f?.value, unit: f?.unit, counts: f?.counts, qualifier: f?.qualifier, text: f?.text },
      want,
    );
  });

test('figure: "one" as a pronoun, "a" and "an" alone, and a year in words are not figures', () => {
  for (const text of [
    'One of the guards was hurt.',
    'She was the one who called the police.',
    'One resident said the water was rising.',
    'A guard and an officer were hurt.',
    'The two met again on Friday.',
  ])
    assert.deepEqual(run(text).figures, [], text);
});

test('figure: the same length of time in several articles merges; another length does not', () => {
  const out = run(
    'The ferry will be out of service for at least six weeks.',
    'Officials said the ferry would stay out of service for at least six weeks.',
    'A union leader said the ferry could stay idle for up to three months.',
  );
  const six = out.figures.find((f) => f.unit === 'weeks');
  assert.deepEqual(
    six?.occurrences.map((o) => o.articleId),
    ['a1', 'a2'],
  );
  assert.ok(out.figures.some((f) => f.unit === 'months' && f.value === 3 && f.occurrences.length === 1));
});

test('figure: years, dates and times are not figures', () => {
  assert.deepEqual(run('In 2023, the city grew. The vote is on May 5 at 3:30 p.m.').figures, []);
});

test('figure: one measure told three ways merges, each telling with its own qualifier and source', () => {
  const out = run(
    'Border agents counted about 9,000 crossings a day in May, the agency said.',
    'An estimated 9,000 migrants crossed every day, officials said.',
    'Some 9,000 people cross each day. Since 2020, the state has jailed 9,000 migrants.',
  );
  const nines = out.figures.filter((f) => f.value === 9000);
  assert.equal(nines.length, 2);
  const daily = nines.find((f) => f.occurrences.length === 3);
  assert.ok(daily, JSON.stringify(nines));
  assert.deepEqual([...new Set(daily.occurrences.map((o) => o.articleId))], ['a1', 'a2', 'a3']);
  assert.deepEqual(
    daily.tellings?.map((t) => [t.qualifier, t.attributedTo]),
    [
      ['about', 'agency'],
      ['an estimated', 'officials'],
      ['some', null],
    ],
  );
});

test('figure: a bound and an average of one number are other measures than the number', () => {
  const out = run(
    'Border agents saw a daily average of 9,000 crossings in May.',
    'As many as 9,000 migrants crossed every day, officials said.',
    'An estimated 9,000 people cross each day.',
  );
  const nines = out.figures.filter((f) => f.value === 9000);
  assert.deepEqual(
    nines.map((f) => [f.qualifier, f.occurrences.map((o) => o.articleId)]),
    [
      ['average', ['a1']],
      ['as many as', ['a2']],
      ['an estimated', ['a3']],
    ],
  );
});
