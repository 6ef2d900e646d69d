import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../model/index.ts';
import { storyFromTexts } from './from-text.ts';
import { extract } from './index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

const QUOTES: [string, string, { kind: string; speaker: string | null; text?: string }][] = [
  [
    'speaker after',
    'Jane Okafor runs the clinic.\n\n“We are ready for the winter,” Okafor said.',
    { kind: 'direct', speaker: 'Jane Okafor' },
  ],
  [
    'inverted cue',
    '“Prices will fall next year,” said Finance Minister Ola Berg.',
    { kind: 'direct', speaker: 'Ola Berg' },
  ],
  [
    'continued',
    'Ola Berg met the press.\n\n“The first talks went well,” Berg continued, adding that more were planned.',
    { kind: 'direct', speaker: 'Ola Berg' },
  ],
  [
    'pronoun',
    'Maria Berg spoke on Monday. “We will act before the summer,” she said.',
    { kind: 'direct', speaker: 'Maria Berg' },
  ],
  [
    'institution',
    '“No decision has been made on the visit,” the White House said.',
    { kind: 'direct', speaker: 'White House' },
  ],
  [
    'document',
    '“Both sides agreed to meet again in May,” the joint statement read.',
    { kind: 'direct', speaker: 'joint statement' },
  ],
  [
    'post on X',
    '“We are committed to a lasting peace,” Anna Lind said in a post on X.',
    { kind: 'direct', speaker: 'Anna Lind' },
  ],
  [
    'straight marks',
    '"We will win this vote easily," Anna Lind said.',
    { kind: 'direct', speaker: 'Anna Lind' },
  ],
  [
    'nested marks',
    '“He told me ‘never again’ and walked out,” Anna Lind said.',
    { kind: 'direct', speaker: 'Anna Lind', text: 'He told me ‘never again’ and walked out' },
  ],
  [
    'colon before',
    'Mayor Tom Reyes said: “The bridge stays closed until Friday.”',
    { kind: 'direct', speaker: 'Tom Reyes' },
  ],
  [
    'partial',
    'Anna Lind said the plan was “a good first step” for the region.',
    { kind: 'partial', speaker: 'Anna Lind' },
  ],
  [
    'according to',
    'The dam is safe, according to the Federal Water Office.',
    { kind: 'indirect', speaker: 'Federal Water Office' },
  ],
  [
    'indirect that',
    'Finance Minister Ola Berg said that the budget would be cut next year.',
    { kind: 'indirect', speaker: 'Ola Berg' },
  ],
  [
    'role',
    'Harbor Minister Tomas Eklund toured the docks. The minister said the quay would reopen soon.',
    { kind: 'indirect', speaker: 'Tomas Eklund' },
  ],
];

for (const [name, text, want] of QUOTES) {
  test(`quote: ${name}`, () => {
    const quotes = run(text).quotes.filter((q) => q.kind === want.kind);
    assert.equal(quotes.length, 1, JSON.stringify(run(text).quotes));
    const q = quotes[0];
    assert.equal(q?.speaker?.name ?? null, want.speaker);
    if (want.text) assert.equal(q?.text, want.text);
  });
}

const SPEAKER_RULES: [string, string, string | null][] = [
  ['coordinated cue', 'Anna Lind praised the crews and said: “They saved the town.”', 'Anna Lind'],
  ['coordinated cue, common-noun subject', 'The crews thanked Anna Lind and said: “We are grateful.”', null],
  [
    'cue after a dashed aside',
    'Anna Lind, the head of a small firm -- which also owns a bakery -- told me, “We sell bread.”',
    'Anna Lind',
  ],
  ['as X put it', 'As Anna Lind put it, the plan is “a disaster for everyone here.”', 'Anna Lind'],
  [
    'put it without as',
    'Tom Reyes put it in the shed. The roof was “a disaster for everyone here and there.”',
    null,
  ],
  [
    'subject of the sentence before',
    'Tom Reyes restricted his comments to the budget.\n\n“It never worked.”',
    'Tom Reyes',
  ],
  ['sentence before without a person', 'The talks ended late.\n\n“It never worked.”', null],
  [
    'role subject of a coordinated cue',
    'The harbor minister also toured the docks and vowed: “We will rebuild.”',
    'harbor minister',
  ],
  [
    'adverb tagged as a verb before the cue',
    'Ann Wu runs the paper. Sales were weak.\n\n“Sales fell. They have recovered since then,” she further wrote.',
    'Ann Wu',
  ],
  ['sings', '“Keep your head up,” Ann Wu sings in the new video.', 'Ann Wu'],
  [
    'exclamation, then the speaker with a quoted nickname',
    '“We will win this seat!” The mayor\'s niece, Del. Ann "Annie" Wu (D-Va.), shouted to the crowd.',
    "mayor's niece",
  ],
  [
    'a long sentence after a finished quote is not its attribution',
    '“We will win this seat.” The crowd in the great hall cheered and sang along for hours.',
    null,
  ],
  [
    'person opening the sentence of a partial quote, not the last speaker',
    '“The veto will fail,” Ann Wu said.\n\nSenator Tom Reyes, R-Va., despite his doubts about “lawyers trying to get rich quick,” backed the bill.',
    'Tom Reyes',
  ],
  [
    'organisation opening the sentence of a partial quote',
    'Acme Corp, despite its doubts about “lawyers trying to get rich quick,” backed the bill.',
    null,
  ],
  [
    'cue tagged as a noun after a name',
    'The Daily Planet reports that the mayor left early to “keep the details of the deal under wraps.”',
    'Daily Planet',
  ],
  [
    'plural noun after a common noun is no cue',
    'The city reports that the mayor left early to “keep the details of the deal under wraps.”',
    null,
  ],
  [
    'as X put it, after the quote',
    'The plan is “a disaster for everyone here,” as Anna Lind put it.',
    'Anna Lind',
  ],
  [
    'a cue after "while" belongs to another clause',
    'The plan looked like “a good start for the city,” while most experts said it was weak.',
    null,
  ],
  [
    'partial quote, subject before a parenthesis and an aside',
    'Senator Tom Reyes (D-Va.), in particular, has been pounding the mayor as a “con artist” for weeks.',
    'Tom Reyes',
  ],
  [
    'partial quote, common-noun subject before a parenthesis',
    'The old plan (drafted in 2019) was called “a scheme for the rich and nobody else” in the press.',
    null,
  ],
  [
    'partial quote, name in the aside after a common-noun subject',
    'Another critic, Lee Park, likened the rules to “burning the house down” last week.',
    'Lee Park',
  ],
  [
    'partial quote, lower-case aside after a common-noun subject',
    'Another plan, the park scheme, likened the rules to “burning the house down and the barn” last week.',
    null,
  ],
  [
    'partial quote, role-noun subject',
    "The city's spokesman called the proposal a “cruel joke” on Monday.",
    "city's spokesman",
  ],
  [
    'agent of a passive speech verb',
    'Ann Wu sang at the fair.\n\n“Home by the River” was written by Tom Reyes after the flood.',
    'Tom Reyes',
  ],
  [
    'passive speech verb without an agent',
    'The fair ended late.\n\n“Home by the River” was written on the wall of the hall.',
    null,
  ],
  [
    'sentence split at a parenthesis',
    'Sen. Ann Wu (D-Mo.) scolded him: “The plan is a total failure.”',
    'Ann Wu',
  ],
];

for (const [name, text, speaker] of SPEAKER_RULES) {
  test(`quote speaker: ${name}`, () => {
    // the quote under test is the article's last direct or partial one
    const quotes = run(text).quotes.filter((q) => q.kind !== 'indirect');
    assert.ok(quotes.length >= 1, JSON.stringify(quotes));
    assert.equal(quotes.at(-1)?.speaker?.name ?? null, speaker);
  });
}

test('quote: a multi-paragraph quote is one quote', () => {
  const q = run('“The shelters are full,\n\n“and more families arrive every hour,” Lena Brandt said.').quotes;
  assert.equal(q.length, 1);
  assert.equal(q[0]?.speaker?.name, 'Lena Brandt');
  assert.match(q[0]?.text ?? '', /every hour$/);
});

test('quote: scare quotes and titles without a speaker are not quotes', () => {
  assert.deepEqual(run('The so-called “peace plan” was never published.').quotes, []);
  assert.deepEqual(run('The book “War and Peace” sold well last year.').quotes, []);
  assert.deepEqual(
    run('Senator Ann Wu told “Meet the Press Today” that she would run.').quotes.filter(
      (q) => q.kind !== 'indirect',
    ),
    [],
  );
});

test('quote: the same quote in two articles is one quote with two occurrences', () => {
  const q = run(
    '“We will rebuild the school,” Mayor Tom Reyes said.',
    'Tom Reyes promised: "we will rebuild the school."',
  ).quotes.filter((x) => x.kind !== 'indirect');
  assert.equal(q.length, 1);
  assert.deepEqual(
    q[0]?.occurrences.map((o) => o.articleId),
    ['a1', 'a2'],
  );
});

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

test('figure: one quantity told three ways merges; the same number counting something else does not', () => {
  const out = run(
    'Border agents saw a daily average of 9,000 crossings in May.',
    'As many as 9,000 migrants crossed every day, officials said.',
    'An estimated 9,000 people cross each day. Since 2020, the state has jailed 9,000 migrants.',
  );
  const nines = out.figures.filter((f) => f.value === 9000);
  assert.equal(nines.length, 2);
  const daily = nines.find((f) => f.occurrences.length === 3);
  assert.ok(daily, JSON.stringify(nines));
  assert.deepEqual([...new Set(daily.occurrences.map((o) => o.articleId))], ['a1', 'a2', 'a3']);
});

const ALIASES: [string, string[], string][] = [
  ['Texas Gov. Greg Abbott signed the bill. Abbott said it was needed.', ['Greg Abbott', 'Abbott'], 'person'],
  [
    'Andrés Manuel López Obrador met the envoys. Lopez Obrador smiled.',
    ['Andrés Manuel López Obrador', 'Lopez Obrador'],
    'person',
  ],
  [
    'Secretary of State Antony J. Blinken flew in. Antony Blinken spoke first.',
    ['Antony J. Blinken', 'Antony Blinken'],
    'person',
  ],
  [
    'U.S. Customs and Border Protection released data. CBP said crossings fell.',
    ['U.S. Customs and Border Protection', 'CBP'],
    'organization',
  ],
  [
    'The Federal Water Office (FWO) issued a warning. The FWO said rivers were rising.',
    ['Federal Water Office', 'FWO'],
    'organization',
  ],
];

for (const [text, names, kind] of ALIASES) {
  test(`alias: ${names.join(' = ')}`, () => {
    const e = run(text).entities.find((x) => x.name === names[0] || x.aliases.includes(names[0] as string));
    assert.ok(e, `no entity for ${names[0]}`);
    assert.equal(e.kind, kind);
    for (const n of names)
      assert.ok(e.name === n || e.aliases.includes(n), `${n} not in ${JSON.stringify(e)}`);
  });
}

test('alias: an inconsistent name for the same body is kept as an alias and flagged', () => {
  const out = run(
    'U.S. Customs and Border Protection released data.',
    'Customs and Border Patrol said crossings fell.',
  );
  const cbp = out.entities.filter((e) => e.kind === 'organization');
  assert.equal(cbp.length, 1);
  assert.deepEqual(cbp[0]?.flags, ['inconsistent-name: Customs and Border Patrol']);
});

test('alias: different people with one surname stay apart; places joined by "and" stay apart', () => {
  const out = run('Joe Biden met Hunter Biden in Texas and Arizona.');
  assert.equal(out.entities.filter((e) => e.kind === 'person').length, 2);
  const places = out.entities.filter((e) => e.kind === 'place').map((e) => e.name);
  assert.deepEqual(places.sort(), ['Arizona', 'Texas']);
});

test('entities: photo credits and headline fragments are not entities', () => {
  const out = run(
    'Storm Hits Coast As Crews Race To Restore Power\n\nCrews worked through the night in Valmora. (Photo by JOHN SMITH/AFP via Getty Images)',
  );
  const names = out.entities.map((e) => e.name);
  assert.ok(!names.some((n) => /SMITH|Getty|Crews Race|Storm Hits/.test(n)), JSON.stringify(names));
});

test('dates: the same day in two articles is one date entity; relative phrases are not dates', () => {
  const out = run(
    'The vote is on May 5 in the capital.',
    'Officials said the vote on May 5 would go ahead this month.',
  );
  const dates = out.entities.filter((e) => e.kind === 'date');
  assert.deepEqual(
    dates.map((d) => [d.name, d.mentions.length]),
    [['May 5', 2]],
  );
});

test('odd input: empty text, stray marks and bare numbers do not throw', () => {
  for (const text of ['', '“', '"""', '“He said,” she said. “', '$ % 10 to - 5 million of of', '(((']) {
    const out = run(text);
    for (const q of out.quotes) for (const o of q.occurrences) assert.ok(o.span.end <= text.length);
  }
});
