import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// "Pellow's mayor" is the mayor the story names ("Mayor Ada Lind") when it names one mayor with no place
// (entities/roles.ts placeRole); a place the article alone cannot type before "'s" and a title is read as
// the place the title is of (names/find.ts).

const run = (...texts: string[]) =>
  extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());

test('a place’s possessive title is the story’s one named holder of that title', () => {
  const out = run(
    'Mayor Ada Lind told the council in Pellow on Monday: "We will rebuild the harbour wall this year."',
    "Pellow's mayor has admitted that the harbour wall will cost more, after councillors approved it by six votes to two on Monday.",
  );
  const lind = out.entities.find((e) => e.name === 'Ada Lind');
  assert.ok(
    lind?.mentions.some((m) => m.articleId === 'a2'),
    JSON.stringify(lind),
  );
  const reported = out.quotes.find((q) => q.kind === 'indirect');
  assert.deepEqual(
    [reported?.text, reported?.speaker?.name],
    ['the harbour wall will cost more', 'Ada Lind'],
  );
});

test('two named holders of the title, or a head of state’s title, leave the role unnamed', () => {
  const two = run(
    'Mayor Ada Lind and Mayor Bo Sand met in Pellow on Monday to sign the harbour pact.',
    "Pellow's mayor has admitted that the harbour wall will cost more.",
  );
  assert.equal(two.quotes.find((q) => q.kind === 'indirect')?.speaker?.entityId ?? null, null);
  const head = run(
    'President Ada Lind visited the harbour in Pellow on Monday.',
    "Pellow's president has admitted that the harbour wall will cost more.",
  );
  assert.equal(head.quotes.find((q) => q.kind === 'indirect')?.speaker?.entityId ?? null, null);
});

test('a capitalised title with no name is the office, not the story’s one named holder', () => {
  const out = run(
    'Mayor Ada Lind opened the new library in Pellow on Monday.',
    'The council in Pellow on Tuesday chose Bo Sand to run for Pellow Mayor in the spring.',
  );
  const lind = out.entities.find((e) => e.name === 'Ada Lind');
  assert.deepEqual(
    lind?.mentions.map((m) => m.articleId),
    ['a1'],
  );
});

test('a possessive title beside a name is that person’s, not the story’s other named holder', () => {
  const out = run(
    'Governor Bo Sand flew to the coast on Monday.',
    "Varnholm's governor, Ada Lind, told state radio that rescue teams have been deployed.",
  );
  const sand = out.entities.find((e) => e.name === 'Bo Sand');
  assert.deepEqual(
    sand?.mentions.map((m) => m.articleId),
    ['a1'],
  );
});

test('the one named holder of a title is read for a place’s title only where a paragraph names them beside it', () => {
  const out = run(
    "KESTRY — Kestry and Pellow are at odds over a plan to share the Orrin reservoir, officials said on Monday.\n\nMayor Ada Lind said the plan would cut water bills in Kestry by a fifth.\n\nPellow's mayor has said the plan would leave her town short of water in dry summers.",
  );
  const lind = out.entities.find((e) => e.name === 'Ada Lind');
  assert.ok(lind);
  assert.ok(!lind.aliases.some((a) => /mayor/i.test(a)), JSON.stringify(lind));
  const reported = out.quotes.find((q) => q.text.includes('short of water'));
  assert.notEqual(reported?.speaker?.name, 'Ada Lind', JSON.stringify(reported));
});
