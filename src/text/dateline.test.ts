import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pastDatelineTokens, readDateline } from './dateline.ts';

// [opening of an invented article, place, date, agency, where the text proper begins] (null: no dateline)
const ROWS: [string, string | null, string | null, string | null, string | null][] = [
  ['HARBOURTON (AP) — The ferry ran aground.', 'HARBOURTON', null, 'AP', 'The ferry'],
  [
    'PORT ELLIS, Marrow Isle (Reuters) - Dockers struck.',
    'PORT ELLIS, Marrow Isle',
    null,
    'Reuters',
    'Dockers',
  ],
  ['GULL POINT — Crews cleared the quay.', 'GULL POINT', null, null, 'Crews'],
  ['ST. ORIN, Fla.—The mayor resigned.', 'ST. ORIN, Fla.', null, null, 'The mayor'],
  ['NORHAVEN, March 4 (CPS) — The council met.', 'NORHAVEN', 'March 4', 'CPS', 'The council'],
  ['VELMORA, Dec. 27, 2023 -- The river rose.', 'VELMORA', 'Dec. 27, 2023', null, 'The river'],
  ['MOSSFORD, Nov. 4 (Kestrel Wire) — The pool closed.', 'MOSSFORD', 'Nov. 4', 'Kestrel Wire', 'The pool'],
  ['MOSSFORD, November 4, 2026 — The pool closed.', 'MOSSFORD', 'November 4, 2026', null, 'The pool'],
  // a weekday opens the date, never the place's region
  [
    'MOSSFORD, Wednesday, November 4, 2026 — The pool closed.',
    'MOSSFORD',
    'Wednesday, November 4, 2026',
    null,
    'The pool',
  ],
  [
    'MOSSFORD, Elm County, Wed. Nov. 4 — The pool closed.',
    'MOSSFORD, Elm County',
    'Wed. Nov. 4',
    null,
    'The pool',
  ],
  ['(CNN)The port reopened on Monday.', null, null, 'CNN', 'The port'],
  ['(Reuters) - The port reopened on Monday.', null, null, 'Reuters', 'The port'],
  ['(AP) The port reopened on Monday.', null, null, 'AP', 'The port'],
  // the colon form of South Asian papers
  ['VELGAON: Shares of the ferry firm fell.', 'VELGAON', null, null, 'Shares'],
  ['NEW MARROW, Dec 3: The harbour board met.', 'NEW MARROW', 'Dec 3', null, 'The harbour'],
];
const NONE = [
  'U.S.-Dorrin talks resumed on Monday.', // a hyphen without spaces joins words
  'A MAN was charged on Monday.',
  'The economy grew at a record pace — the fastest in years.',
  'In Harbourton — a city of ferries — the strike went on.',
  'NASA said the launch would slip.',
  'NASA — which had planned a launch — said it would slip.',
  '(Harbour Desk)\n\nWhile the ferry ran, crews waited.', // a label on a line of its own
  '(Updated) The ferry company cancelled the sailings.', // a label in Title case before a bare space
  "EDITOR'S NOTE: This story was updated.", // labels in capitals before a colon
  'UPDATE: The ferry sailed at noon.',
  'FACT CHECK: The claim is false.',
  'PELL: Good morning.\nARDEN: Thanks for having me.', // a transcript's speakers
];

test('a wire dateline opening a text: its place, date and agency, and where the text begins', () => {
  for (const [text, place, date, agency, rest] of ROWS) {
    const found = readDateline(text);
    assert.ok(found, text);
    assert.equal(found.place?.text ?? null, place, text);
    assert.equal(found.date?.text ?? null, date, text);
    assert.equal(found.agency?.text ?? null, agency, text);
    assert.ok(text.slice(found.end).startsWith(rest as string), text);
    // the parts point into the text
    for (const p of [found.place, found.date, found.agency])
      if (p) assert.equal(text.slice(p.start, p.end), p.text);
  }
  for (const text of NONE) assert.equal(readDateline(text), null, text);
});

test('a dateline is read where the first paragraph starts, and its tokens are set apart', () => {
  const text = 'Ferry runs aground\n\nHARBOURTON (AP) — The ferry ran aground.';
  const found = readDateline(text, 20);
  assert.equal(found?.start, 20);
  assert.equal(found?.agency?.text, 'AP');
  const tokens = [
    { start: 20, end: 30 },
    { start: 31, end: 32 },
    { start: 32, end: 34 },
    { start: 36, end: 37 },
    { start: 38, end: 41 },
  ];
  assert.deepEqual(pastDatelineTokens(tokens, found), [{ start: 38, end: 41 }]);
  assert.equal(pastDatelineTokens(tokens, null), tokens);
});
