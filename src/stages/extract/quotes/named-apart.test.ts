import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// The same words given by two articles to two named people are two quotes, whether or not each name is
// an entity of the story (midreview34 #18: "said his lawyer, Ines Roth" was merged with another
// article's "she said" read as the client, and the lawyer's words shown as the client's). Invented.

function quotes(a1: string, a2: string): [string, string[]][] {
  const story = storyFromTexts([
    { id: 'a1', text: a1 },
    { id: 'a2', text: a2 },
  ]);
  return extract()(story, createContext())
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker?.name ?? '', q.occurrences.map((o) => o.articleId)]);
}

test('a lawyer named after her role and the client are two speakers of the same words', () => {
  const out = quotes(
    'Pelle Norrby was fined on Monday. "We will appeal," said his lawyer, Ines Roth.',
    'Pelle Norrby was fined on Monday. "We will appeal," Norrby said.',
  );
  assert.equal(out.length, 2, JSON.stringify(out));
  assert.ok(
    out.some(([name, ids]) => name.includes('Roth') && ids.join() === 'a1'),
    JSON.stringify(out),
  );
});

test('a harbour master and a mayor named for the same words are two quotes', () => {
  const out = quotes(
    'The pier reopened on Monday. "The pier is safe," said harbour master Olle Brink.',
    'The pier reopened on Monday. "The pier is safe," Mayor Vera Lindqvist said.',
  );
  assert.equal(out.length, 2, JSON.stringify(out));
});

test('a full name and its surname are one speaker: one quote', () => {
  const out = quotes(
    'The pier reopened on Monday. "The pier is safe," said Mayor Vera Lindqvist.',
    'The pier reopened on Monday. "The pier is safe," Lindqvist said.',
  );
  assert.deepEqual(out.length, 1, JSON.stringify(out));
});
