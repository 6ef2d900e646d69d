import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

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
    'a quotation wink splits in two sentences is one quote with its speaker (segment keeps the split)',
    'Maria Berg spoke on Monday.\n\n“We will not stop. We will keep going,” Berg added.',
    { kind: 'direct', speaker: 'Maria Berg', text: 'We will not stop. We will keep going' },
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

test('quote: a multi-paragraph quote is one quote', () => {
  const q = run('“The shelters are full,\n\n“and more families arrive every hour,” Lena Brandt said.').quotes;
  assert.equal(q.length, 1);
  assert.equal(q[0]?.speaker?.name, 'Lena Brandt');
  assert.match(q[0]?.text ?? '', /every hour$/);
});

test('quote: a quotation run on over a line break with no new mark is one quote, and its "they say" no speech', () => {
  for (const close of ['charm,” Vell said.', 'charm, "Vell said.']) {
    const open = close.includes('”') ? '“' : '"';
    const q = run(
      `Mara Vell will host the gala.\n${open}I am so glad to be back.\nYou know what they say, the third time is the ${close}`,
    ).quotes;
    assert.deepEqual(
      q.map((x) => [x.kind, x.speaker?.name ?? null]),
      [['direct', 'Mara Vell']],
      JSON.stringify(q),
    );
  }
});

test("quote: a work's title after its noun is no quote, whoever speaks in the sentence", () => {
  const direct = (text: string) => run(text).quotes.filter((q) => q.kind !== 'indirect');
  assert.deepEqual(
    direct(
      'Change is needed, said Ian Pell, author of the 2005 book “The Long Night: Fear and Hope at the Harbour.”',
    ),
    [],
  );
  assert.deepEqual(
    direct('A strike would be awful, said Rosa Lind, whose latest film, “Low Tide,” opens soon.'),
    [],
  );
  // a name or a title in quotation marks that no one says is none either, though a comma brings it in
  assert.deepEqual(
    direct('Rosa Lind wants a raise. Apparently, “Northwind” would like a November release for the sequel.'),
    [],
  );
  // … but words said of a work after a comma are a quote
  assert.equal(direct('Rosa Lind said of the film, “It was the best thing I ever made.”').length, 1);
  // an article's or an exhibition's title, and a name things are known by, are no one's words either
  assert.deepEqual(
    direct('She was featured in a Dunmore Courier article, “Healer of the Quays”, as a model for others.'),
    [],
  );
  assert.deepEqual(
    direct('Rosa Lind is profiled in the 2004 exhibition, “Women Who Built the Harbour.”'),
    [],
  );
  assert.deepEqual(direct('Rosa Lind won a Pell Fellowship, commonly known as the “genius grant.”'), []);
  // a list's title after an article, and a label inside a noun phrase after a name or a number
  assert.deepEqual(
    direct(
      "Rosa Lind was named by the Courier as one of the “Harbour's 20 Young Builders Age 30 and Under.”",
    ),
    [],
  );
  assert.deepEqual(direct('Rosa Lind received a Pell Foundation “genius grant” last year.'), []);
  assert.deepEqual(
    direct(
      'Most of her patients are poor, according to the Pell Foundation, which gave her one of its $50,000 “genius” grants.',
    ),
    [],
  );
  // … but lower-case words after a name with a pronoun or an auxiliary are a quote
  assert.equal(direct('Rosa Lind told Reuters “we are done with the quays” on Monday.').length, 1);
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

test('quote: the same words given to two named speakers are two quotes, each with its own', () => {
  const q = run(
    'The Dunmore Port Authority declared there will be “no change to the current schedule” for now.',
    'Harbour master Ann Lark wrote that there “will be no change to the current schedule,” for now.',
    'Until then, “no change to the current schedule” will be made, Lark said.',
  ).quotes.filter((x) => x.kind !== 'indirect');
  assert.deepEqual(
    q.map((x) => [x.speaker?.name, x.occurrences.map((o) => o.articleId)]),
    [
      ['Dunmore Port Authority', ['a1']],
      ['Ann Lark', ['a2', 'a3']],
    ],
  );
});

test("quote: the name of a site or a survey in quotation marks before its noun is no one's words", () => {
  const direct = (text: string) => run(text).quotes.filter((q) => q.kind !== 'indirect');
  assert.deepEqual(
    direct('More than 40 people wrote to the agency\'s "Did you hear it?" site after the blast.'),
    [],
  );
  // … but words said before a noun of speech stay a quote
  assert.equal(direct('Ana Ruiz called it “a very loud bang” on Monday.').length, 1);
});

test('quote: a quote that runs on into its sentence is said by the name after the comma and the cue', () => {
  const [q] = run('“It was loud. You could tell” it was big, said shop clerk Ann Lee.').quotes;
  assert.equal(q?.speaker?.name, 'Ann Lee');
  assert.equal(run('“It was loud,” he said.').quotes[0]?.speaker?.name, 'he');
});

test('quote: a title in title case with a small word of the shared list ("from", "over") is no quote', () => {
  const direct = (text: string) => run(text).quotes.filter((q) => q.kind !== 'indirect');
  for (const text of [
    'Rosa Lind will sing at the gala. The evening is billed as “Songs from the Harbour” by its hosts.',
    'Rosa Lind said the show, “Lights over the Harbour,” would open on Friday.',
    'Rosa Lind will sing at the gala, billed as “Back from the Quays” by the council.',
  ])
    assert.deepEqual(direct(text), [], text);
});
