import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A name the story sets something in ("the branches in Orlin") is that place where it stands alone
// too ("three branches, Orlin, Pessick and Tam"): one entity of one kind, not a place and a name of
// no kind (newuser13 #13: a library branch listed as "place" and "other"). Invented articles.

test('a place of one article is that place where another names it without "in"', () => {
  const out = extract()(
    storyFromTexts([
      {
        id: 'a1',
        text: "The plan closes three of the town's nine branches, Orlin, Pessick and Tam, on March 1.",
      },
      { id: 'a2', text: 'Three branches, Orlin, Pessick and Tam, will close in March.' },
      { id: 'a3', text: 'The branches in Orlin, Pessick and Tam are due to close on March 1.' },
    ]),
    createContext(),
  );
  const orlin = out.entities.filter((e) => e.name === 'Orlin').map((e) => [e.kind, e.mentions.length]);
  assert.deepEqual(orlin, [['place', 3]]);
});

test('the names of a list after a place\'s preposition are places ("in Orlin, Pessick and Tam")', () => {
  const out = extract()(
    storyFromTexts([
      { id: 'a1', text: 'The branches in Orlin, Pessick and Tam are due to close on March 1.' },
      { id: 'a2', text: 'Three branches, Orlin, Pessick and Tam, will close in March.' },
    ]),
    createContext(),
  );
  const kinds = (name: string) => out.entities.filter((e) => e.name === name).map((e) => e.kind);
  assert.deepEqual([kinds('Pessick'), kinds('Tam')], [['place'], ['place']]);
});

test('a name after a place and a comma is no item of a list: "In Dunmore, Pessick said …"', () => {
  const out = extract()(
    storyFromTexts([{ id: 'a1', text: 'In Dunmore, Ilse Pessick said the vote was a disgrace.' }]),
    createContext(),
  );
  assert.deepEqual(
    out.entities.filter((e) => e.name.includes('Pessick')).map((e) => e.kind),
    ['person'],
  );
});

test('a name a speech verb follows is no item of a list: "in Brask and Holm said …"', () => {
  for (const text of [
    'Ada Holm met union leaders in Brask and Holm said the plant would stay open.',
    'Ada Holm toured the plants near Brask and Holm added that none would close.',
  ]) {
    const out = extract()(
      storyFromTexts([
        { id: 'a1', text: 'Mayor Ada Holm spoke on Monday.' },
        { id: 'a2', text },
      ]),
      createContext(),
    );
    const holm = out.entities.filter((e) => e.name.includes('Holm'));
    assert.deepEqual(
      holm.map((e) => [e.kind, e.name, e.mentions.length]),
      [['person', 'Ada Holm', 3]],
      text,
    );
  }
});
