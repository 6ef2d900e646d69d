import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A quote that several bodies give together names them all (or their statement), never the last one.

/** [case, article, kind of the quote read, its speaker's name, whether the speaker is one entity]. */
const CASES: [string, string, 'direct' | 'indirect', string, boolean][] = [
  [
    'a body and a common noun joined by "and" speak together',
    'The Dunmore Harbour Authority (DHA) shut the pier on Monday.\n\nIn a joint statement on Tuesday, the city and the DHA said: “The pier stays shut until it is safe.”',
    'direct',
    'the city and Dunmore Harbour Authority',
    false,
  ],
  [
    'bodies joined by "and" are not the one of them named before whose name ends in the head noun',
    'The Dunmore Harbour Authority shut the pier on Monday.\n\nIn a joint statement, the City of Dunmore and the Dunmore Harbour Authority said the pier would stay shut.',
    'indirect',
    'City of Dunmore and Dunmore Harbour Authority',
    false,
  ],
  [
    '"the statement said" speaks for those who issued it',
    'The pier closed on Monday.\n\nIn a joint statement, the City of Dunmore and the Dunmore Harbour Authority said the pier would stay shut. “It stays shut until it is safe,” the joint statement said.',
    'direct',
    'City of Dunmore and Dunmore Harbour Authority',
    false,
  ],
  [
    'a person and a body joined by "and" speak together',
    'The Dunmore Harbour Authority (DHA) shut the pier on Monday.\n\nMayor Ann Wu and the DHA said: “The pier stays shut.”',
    'direct',
    'Ann Wu and Dunmore Harbour Authority',
    false,
  ],
  [
    'a person and a common noun joined by "and" speak together',
    'Mayor Ann Wu met the union on Monday.\n\nWu and the union said in a joint letter: “The pier stays shut.”',
    'direct',
    'Ann Wu and the union',
    false,
  ],
  [
    'a statement not introduced by its issuers stays the statement',
    'Tom Reyes read the union’s long statement to the council on Monday.\n\n“It stays shut until it is safe,” the statement said.',
    'direct',
    'union’s long statement',
    false,
  ],
  [
    'bodies before a common head noun modify it',
    'Talks ended on Friday.\n\nNebraska and Finland officials said the wall “is not enough.”',
    'direct',
    'Nebraska and Finland officials',
    false,
  ],
  [
    'one body before "and" its verb is still one speaker',
    'The Dunmore Harbour Authority shut the pier and said: “It stays shut until it is safe.”',
    'direct',
    'Dunmore Harbour Authority',
    true,
  ],
];

for (const [name, article, kind, speaker, one] of CASES) {
  test(`joint speaker: ${name}`, () => {
    const out = extract()(storyFromTexts([{ id: 'a1', text: article }]), createContext());
    const quote = out.quotes.filter((q) => (q.kind === 'indirect') === (kind === 'indirect')).at(-1);
    assert.ok(quote, JSON.stringify(out.quotes));
    assert.equal(quote.speaker?.name, speaker);
    assert.equal(quote.speaker?.entityId !== null, one);
  });
}

// [case, articles, the joint speaker's name, the names of its parts' entities]
const PARTS: [string, string[], string, string[]][] = [
  [
    'each named part of a joint speaker is linked to its entity',
    [
      'The Dunmore Harbour Authority shut the pier on Monday.\n\nIn a joint statement, the City of Dunmore and the Dunmore Harbour Authority said the pier would stay shut.',
    ],
    'City of Dunmore and Dunmore Harbour Authority',
    ['City of Dunmore', 'Dunmore Harbour Authority'],
  ],
  [
    '"the city" is the one body of the story whose name has that head, named in another article',
    [
      'The City of Dunmore closed the pier on Monday.',
      'The Dunmore Harbour Authority (DHA) shut the pier on Monday.\n\nIn a joint statement on Tuesday, the city and the DHA said: “The pier stays shut until it is safe.”',
    ],
    'City of Dunmore and Dunmore Harbour Authority',
    ['City of Dunmore', 'Dunmore Harbour Authority'],
  ],
];

for (const [name, articles, speaker, parts] of PARTS) {
  test(`joint speaker: ${name}`, () => {
    const texts = articles.map((text, i) => ({ id: `a${i + 1}`, text }));
    const out = extract()(storyFromTexts(texts), createContext());
    const quote = out.quotes.find((q) => q.speaker?.name === speaker);
    assert.ok(quote, JSON.stringify(out.quotes.map((q) => q.speaker)));
    const named = (quote.speaker?.entityIds ?? []).map((id) => out.entities.find((e) => e.id === id)?.name);
    assert.deepEqual(named, parts);
  });
}
