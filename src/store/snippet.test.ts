import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from './query.ts';
import { leadOf, makeSnippet } from './snippet.ts';

test('parseQuery: words, phrases and prefixes; nothing else is syntax', () => {
  const cases: [string, { words: string[]; prefix: boolean }[]][] = [
    [
      'bridge "main girder" repai*',
      [
        { words: ['bridge'], prefix: false },
        { words: ['main', 'girder'], prefix: false },
        { words: ['repai'], prefix: true },
      ],
    ],
    [
      '* -x AND(',
      [
        { words: ['x'], prefix: false },
        { words: ['AND'], prefix: false },
      ],
    ],
    ['"open', [{ words: ['open'], prefix: false }]],
    ['', []],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseQuery(input), expected, input);
});

test('makeSnippet marks matches folded for case and diacritics, around the densest window', () => {
  const q = parseQuery;
  const cases: [string, string, number, string | null][] = [
    ['The Zürich bridge was closed on Monday.', 'zurich', 24, 'The [Zürich] bridge was closed on Monday.'],
    ['The zurich bridge.', 'ZÜRICH', 24, 'The [zurich] bridge.'],
    ['one two three four five six seven eight nine ten', 'eight', 4, '…seven [eight] nine ten'],
    [
      'Ferries stop. Main girder cracked; the main road is open.',
      '"main girder"',
      24,
      'Ferries stop. [Main girder] cracked; the main road is open.',
    ],
    ['Repairs and repainting began.', 'repai*', 24, '[Repairs] and [repainting] began.'],
    ['a b c x d e f g x y h i', 'x y', 4, '…g [x] [y] h…'],
    ['Nothing here.', 'bridge', 24, null],
  ];
  for (const [text, query, size, expected] of cases)
    assert.equal(makeSnippet(text, q(query), size), expected, query);
});

// review40-B: the stemmer's irregular forms ("dying" is "die", "skies" "sky") were found by search
// and left unmarked, even searched as written
test('makeSnippet marks a word whose stem is no prefix of it, as searched or as written', () => {
  const text = 'Two fishermen were found dying on the pier under grey skies.';
  const marked = 'Two fishermen were found [dying] on the pier under grey [skies].';
  for (const query of ['dying skies', 'die sky', 'DYING sky'])
    assert.equal(makeSnippet(text, parseQuery(query)), marked, query);
  const long = `${'Tides and moorings were noted by the harbour office. '.repeat(40)}${text}`;
  assert.match(makeSnippet(long, parseQuery('die')) ?? '', /found \[dying\] on/);
});

// tidy41 (found by search-stems.test's property): a short stem whose "y" the stemmer made an "i" ("dry"
// is "dri") was looked for as "dri" only, so a text saying "dry" had no snippet of its own
test('makeSnippet marks a short word whose "y" the stem makes an "i"', () => {
  const text = 'Farmers said the dry spell would try their patience.';
  const dry = 'Farmers said the [dry] spell would try their patience.';
  const tried = 'Farmers said the dry spell would [try] their patience.';
  for (const [query, marked] of [
    ['dry', dry],
    ['DRIED', dry],
    ['trying', tried],
  ] as const)
    assert.equal(makeSnippet(text, parseQuery(query)), marked, query);
});

// review41-B: a short stem whose last "e" the stemmer wrote ("using" is "use", "aging" "age") was looked
// for whole, so a text saying "using" had no snippet of its own (its lead was shown unmarked)
test('makeSnippet marks a word whose short stem ends in an "e" the word lacks', () => {
  const text = 'Crews are using the aging quay crane at Tarrow.';
  for (const [query, marked] of [
    ['using', 'Crews are [using] the aging quay crane at Tarrow.'],
    ['aging', 'Crews are using the [aging] quay crane at Tarrow.'],
    ['use', 'Crews are [using] the aging quay crane at Tarrow.'],
  ] as const)
    assert.equal(makeSnippet(text, parseQuery(query)), marked, query);
});

// tidy41 (found by search-stems.test's property): the query word "constructor" was looked up in a plain
// object and found its prototype's function, and the snippet threw
test('makeSnippet reads a query word named like an object property', () => {
  const text = 'The constructor of the pier said the toString method was hasOwnProperty.';
  for (const query of ['constructor', 'constructors', 'toString', '__proto__', 'hasOwnProperty'])
    assert.doesNotThrow(() => makeSnippet(text, parseQuery(query)), query);
  assert.equal(
    makeSnippet(text, parseQuery('constructors')),
    'The [constructor] of the pier said the toString method was hasOwnProperty.',
  );
});

// newuser19 #17: "close the border" marked every "the" and "of" of the snippet
test('makeSnippet marks a lone grammar word of the query only when the query has nothing else', () => {
  const text = 'The council voted to close the border crossing at Marrow Ford for a week.';
  const cases: [string, string][] = [
    ['close the border', 'The council voted to [close] the [border] crossing at Marrow Ford for a week.'],
    ['"close the border"', 'The council voted to [close the border] crossing at Marrow Ford for a week.'],
    ['the of', '[The] council voted to close [the] border crossing at Marrow Ford for a week.'],
    ['th* council', '[The] [council] voted to close [the] border crossing at Marrow Ford for a week.'],
  ];
  for (const [query, expected] of cases) assert.equal(makeSnippet(text, parseQuery(query)), expected, query);
  // a text holding only the grammar word has no snippet of its own (the title's, or the lead, is shown)
  assert.equal(makeSnippet('The ferry sailed at dawn.', parseQuery('the border')), null);
});

// tidy42 (review41): "WHO vaccine" found the WHO's articles and marked only "vaccine": a grammar word
// typed in capitals was dropped as a lone grammar word ("who"). It is an acronym: marked where the
// text writes it in capitals, never the "who" of "officials who spoke"
test('makeSnippet marks an acronym that is a grammar word in lower case only where it is in capitals', () => {
  const text =
    'Officials who spoke on Monday said the WHO would ship the vaccine. US troops and IT staff left.';
  const cases: [string, string][] = [
    [
      'WHO vaccine',
      'Officials who spoke on Monday said the [WHO] would ship the [vaccine]. US troops and IT staff left.',
    ],
    [
      'WHO',
      'Officials who spoke on Monday said the [WHO] would ship the vaccine. US troops and IT staff left.',
    ],
    [
      '"the WHO"',
      'Officials who spoke on Monday said [the WHO] would ship the vaccine. US troops and IT staff left.',
    ],
    [
      'IT staff',
      'Officials who spoke on Monday said the WHO would ship the vaccine. US troops and [IT] [staff] left.',
    ],
    // typed in lower case it stays a grammar word
    [
      'who vaccine',
      'Officials who spoke on Monday said the WHO would ship the [vaccine]. US troops and IT staff left.',
    ],
  ];
  for (const [query, expected] of cases) assert.equal(makeSnippet(text, parseQuery(query)), expected, query);
  // a text with the word only in lower case has no snippet of its own for it
  assert.equal(makeSnippet('Officials who spoke left.', parseQuery('WHO')), null);
  // in a long plain text, the window is the one where the capitals are
  const filler = 'Tides and moorings were noted by the harbour office. '.repeat(40);
  const long = `${filler}Nurses who had the vaccine left. ${filler}The WHO said the vaccine was safe. ${filler}`;
  assert.match(
    makeSnippet(long, parseQuery('WHO vaccine')) ?? '',
    /The \[WHO\] said the \[vaccine\] was safe/,
  );
});

test('makeSnippet reads a long text only so far', () => {
  const long = `Café: ${'filler words here. '.repeat(2000)}the bridge`;
  assert.equal(makeSnippet(long, parseQuery('filler'), 3), '…[filler] words here…');
  assert.equal(makeSnippet(long, parseQuery('bridge')), null);
});

test('makeSnippet reads only a window of a long plain text, and the same snippet comes out', () => {
  const filler = 'Tides and moorings were noted by the harbour office. '.repeat(40);
  const text = `${filler}The council said the bridge would reopen. ${filler}`;
  const expected =
    '…council said the [bridge] would reopen. Tides and moorings were noted by the harbour office. Tides and moorings were noted by the harbour office…';
  assert.equal(makeSnippet(text, parseQuery('bridge')), expected);
  // The same text with one accented word elsewhere is read whole: same snippet.
  assert.equal(makeSnippet(`Café. ${text}`, parseQuery('bridge')), expected);
  // A word only inside another word is no match; a prefix is.
  assert.equal(makeSnippet(text, parseQuery('ridge')), null);
  assert.match(makeSnippet(text, parseQuery('reop*')) ?? '', /\[reopen\]/);
  // Two terms: the window where both are, not the first occurrence of one.
  const apart = `Council notes. ${filler}The bridge council met. ${filler}`;
  assert.match(makeSnippet(apart, parseQuery('council bridge')) ?? '', /The \[bridge\] \[council\] met/);
  // A phrase whose first word occurs before the phrase itself.
  assert.match(makeSnippet(text, parseQuery('"bridge would"')) ?? '', /\[bridge would\] reopen/);
});

test('leadOf: the first words, cut with an ellipsis', () => {
  assert.equal(leadOf('one two  three', 5), 'one two three');
  assert.equal(leadOf('one two three four', 2), 'one two…');
});
