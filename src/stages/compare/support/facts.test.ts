import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { compare } from '../index.ts';

// The whole compare stage on invented articles, with the real extraction (names, speakers).
function factsOf(bodies: readonly string[]): string[] {
  const ctx = createContext();
  const docs = segmentAll(
    bodies.map((b, i) => articleFromText(`a${i + 1}`, b)),
    ctx,
  );
  const story = { id: 's1', title: 't', articleIds: docs.map((d) => d.article.id), keywords: [] };
  const input = { story, articles: docs, ...extract()({ story, articles: docs }, ctx) };
  return compare()({ ...input }, ctx).facts.map((f) => f.text);
}

test('a pronoun after a conjunction is resolved to the person named before, or the clause is not a fact', () => {
  const facts = factsOf([
    'Mayor Ines Vega spoke at the harbour on Monday. Vega said the ferries would run all winter, but she wants the state to pay for two more boats.',
    'The port reopened on Monday after the storm. Officials said the ferries would run all winter, and they hope to add two more boats.',
  ]);
  assert.ok(
    facts.some((t) => /^\[Ines Vega\] wants the state to pay/.test(t)),
    facts.join('\n'),
  );
  for (const t of facts) assert.doesNotMatch(t, /^(She|He|They|It|And|But)\b/, t);
});

// [two articles telling the same, the start of a piece that must not be shown as a fact]
const FRAGMENTS: [string[], RegExp][] = [
  // a scrape broke a number ("4. 30am", "$2. 6-million"): the segmenter cuts there
  [
    [
      'The gang drove a van into the jeweller at around 4. 30am and grabbed watches worth two million euros. Police sealed off the street.',
      'Thieves drove a van into the jeweller at around 4. 30am and grabbed watches worth two million euros, police said.',
    ],
    /^(30am|0am)/,
  ],
  [
    [
      'Four men made off with a two-million-euro ($2. 6-million) haul from the jeweller on Monday, police said.',
      'Four men made off with a two-million-euro ($2. 6-million) haul from the jeweller on Monday, a source said.',
    ],
    /^(6-million|Four men made off with a two-million-euro \(\$2\.$)/,
  ],
  // a sentence cut after a title: both pieces are broken
  [
    [
      '"We talked him down from a very upset state," Vessmark police Const. Ana Bright told a news conference on Friday.',
      '"We talked him down from a very upset state," Vessmark police Const. Ana Bright told reporters on Friday.',
    ],
    /(Const\.$|^Ana Bright told)/,
  ],
  // no subject after "but": "Still was listed …" is a piece of the sentence
  [
    [
      'The clerk Omar Reyes had been dismissed in May, but still was listed on the firm website as a partner.',
      'Omar Reyes was fired in May, but still was listed on the firm website as a partner on Monday.',
    ],
    /^Still was listed/,
  ],
];

for (const [bodies, piece] of FRAGMENTS)
  test(`a broken piece is not shown as a fact: ${piece}`, () => {
    const facts = factsOf(bodies);
    for (const t of facts) assert.doesNotMatch(t, piece, facts.join('\n'));
  });

// The mark of the second article on the first article's fact (the fact the first sentence shows).
function markOn(bodies: readonly string[]): string | undefined {
  const ctx = createContext();
  const docs = segmentAll(
    bodies.map((b, i) => articleFromText(`a${i + 1}`, b)),
    ctx,
  );
  const story = { id: 's1', title: 't', articleIds: docs.map((d) => d.article.id), keywords: [] };
  const input = { story, articles: docs, ...extract()({ story, articles: docs }, ctx) };
  const fact = compare()({ ...input }, ctx).facts.find((f) => f.evidence[0]?.articleId === 'a1');
  return fact?.coverage.a2?.mark;
}

const PLANS: [string, string, string, string][] = [
  [
    'a plan told as past is no sign of being written before',
    'Mara Quist, who runs the Vessmark film studio, said staff held their party upstairs on Friday when someone heard shots outside.',
    'Down the street, Mara Quist said staff were planning to hold their party upstairs when someone heard shots outside.',
    'absent',
  ],
  [
    'a plan still ahead is',
    'City officials and the ferry union met at the Vessmark town hall on Tuesday to agree a winter timetable.',
    'City officials and the ferry union are due to meet at the Vessmark town hall on Tuesday to agree a winter timetable.',
    'published-before',
  ],
];

for (const [name, happened, plan, expected] of PLANS)
  test(name, () => assert.equal(markOn([happened, plan]), expected));
