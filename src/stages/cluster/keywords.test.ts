import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createContext } from '../../model/index.ts';
import { IRREGULAR_FORMS } from '../../text/data/word-forms.ts';
import { stem } from '../../text/normalise.ts';
import { cluster } from './index.ts';
import { keywordForms, nextWordStart, stemInitials, wordEnd } from './keywords.ts';
import { segmented } from './test-articles.ts';

const source = (title: string | null, text: string) => ({ article: { title, text } });

test('keywordForms: each stem is shown as the form its articles use most', () => {
  const sources = [
    source(
      'Ferry crossings doubled as bridge stays shut',
      'The bridge was closed. Officials said the bridge would reopen.',
    ),
    source(null, "The bridge's closure hit commuters; ferries ran all night."),
  ];
  const stems = ['bridge', 'ferry', 'say', 'closed', 'zzz'].map((w) => (w === 'zzz' ? w : stem(w)));
  assert.deepEqual(keywordForms(stems, sources), ['bridge', 'ferry', 'said', 'closed', 'zzz']);
});

test("a story's keywords: no verb of speech, and each word as its articles spell it", () => {
  // invented: two outlets on one harbour's dredging, "said" in every sentence, "Harbour" spelled British
  const docs = segmented([
    'Dredging of Marlow Harbour begins\n\nThe dredging of Marlow Harbour will begin on Monday, the port board said. ' +
      'The harbour channel has silted up, the board said, and barges have said they cannot pass. ' +
      'Dredgers said the harbour work would take a month.',
    'Marlow Harbour to be dredged\n\nThe port board said the harbour channel will be dredged from Monday. ' +
      'Barge crews said the silted channel had stopped them, and dredgers said the harbour job takes a month.',
  ]);
  const [story] = cluster()(docs, createContext());
  const keywords = story?.keywords ?? [];
  assert.ok(!keywords.includes('said'), String(keywords));
  assert.ok(keywords.includes('harbour') && !keywords.includes('harbor'), String(keywords));
  assert.equal(keywords.length, 8, String(keywords));
});

test('keywordForms: a stem used mostly as a verb of speech is left out; as a noun it stays', () => {
  const token = (text: string, norm: string, pos: string) => ({ text, norm, pos });
  const sources = [
    {
      article: { title: null, text: 'x' },
      sentences: [
        {
          start: 0,
          tokens: [
            token('said', 'said', 'VERB'),
            token('claims', 'claims', 'NOUN'),
            token('Harbour', 'harbor', 'PROPN'),
            token('says', 'says', 'VERB'),
            token('claimed', 'claimed', 'VERB'),
          ],
        },
      ],
    },
  ];
  const stems = ['say', 'claim', 'harbor', 'zzz'];
  assert.deepEqual(keywordForms(stems, sources), ['claims', 'harbour', 'zzz']);
  assert.deepEqual(keywordForms(stems, sources, 2), ['claims', 'harbour']);
});

test('keywordForms: ties go to the shorter form, and only the first articles are read', () => {
  assert.deepEqual(keywordForms([stem('meeting')], [source('Meeting', 'They meet again.')]), ['meet']);
  assert.deepEqual(keywordForms([], [source('A', 'B')]), []);
});

test('stemInitials: a word whose stem is wanted starts with one of its letters (the scan passes over no such word)', () => {
  const piece = fc.constantFrom(
    'a',
    'b',
    'e',
    'i',
    'l',
    'n',
    's',
    't',
    'y',
    'é',
    'Ü',
    "'",
    '-',
    'ies',
    'ing',
    'ed',
    'ly',
    'ally',
    'ss',
  );
  const word = fc
    .tuple(
      fc.constantFrom('A', 'b', 'C', 'd', 'e', 'S', 'z'),
      fc.array(piece, { maxLength: 6 }),
      fc.constantFrom('', "'s", "'"),
    )
    .map(([first, rest, end]) => first + rest.join('') + end);
  fc.assert(
    fc.property(word, (w) => {
      const form = w.toLowerCase().replace(/['’]s$/, '');
      return stemInitials([stem(form)]).has(form.charCodeAt(0));
    }),
    { numRuns: 2000 },
  );
  for (const [form, base] of Object.entries(IRREGULAR_FORMS))
    assert.ok(stemInitials([stem(form)]).has(form.charCodeAt(0)), `${form} -> ${base}`);
  // a plain word's initial only: 'bridge' is not found from 'ferry'
  assert.deepEqual([...stemInitials([stem('bridges')])], ['b'.charCodeAt(0)]);
});

test('nextWordStart, wordEnd: the words /\\p{L}[\\p{L}\\p{M}’-]*/u finds, in any script and plane', () => {
  // letters of several scripts and planes (𝐀, 𠀀), marks, apostrophes, hyphens, digits, an emoji, a lone surrogate
  const piece = fc.constantFrom(
    'bridge',
    'é',
    'Łódź',
    '日本',
    '\u0301',
    "'",
    '’',
    '-',
    ' ',
    '.',
    '7',
    '𝐀',
    '𠀀',
    '😀',
    '\ud800',
    'A',
    'z',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const text = pieces.join('');
      const scanned: [number, number][] = [];
      for (let start = nextWordStart(text, 0), end = 0; start >= 0; start = nextWordStart(text, end)) {
        end = wordEnd(text, start);
        scanned.push([start, end]);
      }
      const matched = [...text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)].map((m) => [
        m.index,
        m.index + m[0].length,
      ]);
      assert.deepEqual(scanned, matched);
    }),
    { numRuns: 3000 },
  );
});
