import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../query.ts';
import { foldWord, snippet } from './snippet.ts';

const terms = parseQuery;

test('foldWord folds case and diacritics as unaccent does', () => {
  const cases: [string, string][] = [
    ['Zürich', 'zurich'],
    ['CAFÉ', 'cafe'],
    ['Søren', 'soren'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Æsir', 'aesir'],
    ['cafe\u0301', 'cafe'],
  ];
  for (const [word, expected] of cases) assert.equal(foldWord(word), expected, word);
});

test('snippet marks matches in the window with the most query words', () => {
  const text =
    'The ferry left Orsney at dawn. Nothing else happened for hours, and the crew rested below deck ' +
    'while the weather held over the strait. Later the Kestrel harbour master said the ferry and the bridge ' +
    'would both reopen.';
  assert.equal(
    snippet(text, null, terms('ferry bridge')),
    '… the Kestrel harbour master said the [ferry] and the [bridge] would both reopen.',
  );
  assert.equal(
    snippet('Café Zürich reopened on Friday.', null, terms('zurich cafe')),
    '[Café] [Zürich] reopened on Friday.',
  );
  assert.equal(snippet('The harbour reopened.', null, terms('harb*')), 'The [harbour] reopened.');
});

// newuser19 #17: "close the border" marked every "the" of the snippet
test('snippet marks a lone grammar word of the query only when the query has nothing else', () => {
  const text = 'The council voted to close the border crossing at Marrow Ford for a week.';
  assert.equal(
    snippet(text, null, terms('close the border')),
    'The council voted to [close] the [border] crossing at Marrow Ford for a week.',
  );
  assert.equal(
    snippet(text, null, terms('the')),
    '[The] council voted to close [the] border crossing at Marrow Ford for a week.',
  );
});

test('snippet marks an acronym that is a grammar word in lower case only where it is in capitals', () => {
  const text = 'Officials who spoke on Monday said the WHO would ship the vaccine.';
  assert.equal(
    snippet(text, null, terms('WHO vaccine')),
    '… who spoke on Monday said the [WHO] would ship the [vaccine].',
  );
  assert.equal(snippet(text, null, terms('who vaccine')), '… said the WHO would ship the [vaccine].');
});

test('snippet falls back to the title, then to the opening of the text', () => {
  assert.equal(snippet('Nothing here.', 'Tarn ferry strike', terms('ferry')), 'Tarn [ferry] strike');
  const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
  assert.equal(snippet(long, 'Title', terms('absent')), `${long.split(' ').slice(0, 28).join(' ')} …`);
  assert.equal(snippet('', null, terms('absent')), '');
});
