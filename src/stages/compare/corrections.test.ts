import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { statedNoteDay, storyCorrections } from './corrections.ts';

// Invented articles of one story: [outlet, text, publishedAt, modifiedAt].
const storyOf = (rows: readonly [string, string, string | null, string | null][]) =>
  segmentAll(
    rows.map(([outlet, text, publishedAt, modifiedAt], i) => ({
      ...articleFromText(`a${i + 1}`, text, { outlet }),
      publishedAt,
      modifiedAt,
    })),
    createContext(),
  );

const COURIER =
  'A stand at Kell Park collapsed on Saturday, and 12 people were injured, the fire service said.\nCorrection: An earlier version of this article said 14 people were injured in the collapse; 12 were.';

test("a correction of a value lists the other outlets' sentences that still give it, checked", () => {
  const notes = storyCorrections(
    storyOf([
      ['Kell Courier', COURIER, '2031-05-03', '2031-05-04T09:30:00Z'],
      [
        'Marrow Ledger',
        'Fourteen people were injured when a stand collapsed at Kell Park on Saturday.\nThe prison’s correction officers helped carry 14 people to ambulances.',
        '2031-05-05',
        null,
      ],
      // gives both values: no carrier; the same value of another count: no carrier
      [
        'Dunmore Post',
        'Police first said 14 people were injured, then 12 people were injured.\n14 people were taken to Marrowby General Hospital.',
        '2031-05-05',
        null,
      ],
    ]),
  );
  assert.deepEqual(
    notes.map((n) => [n.articleId, n.kind, n.date, n.dateFrom]),
    [['a1', 'correction', '2031-05-04', 'modified']],
  );
  assert.deepEqual(
    notes[0]?.stillCarried.map((c) => [c.evidence.articleId, c.text, c.wrong, c.right]),
    [['a2', 'Fourteen people were injured when a stand collapsed at Kell Park on Saturday.', '14', '12']],
  );
});

test('unsure what was wrong: the note alone', () => {
  const [two] = storyCorrections(
    storyOf([
      [
        'Kell Courier',
        'A stand collapsed on Saturday.\nCorrection: An earlier version of this article said 14 people were injured and 3 were detained.',
        null,
        null,
      ],
      ['Marrow Ledger', 'Fourteen people were injured when a stand collapsed on Saturday.', null, null],
    ]),
  );
  assert.deepEqual([two?.kind, two?.stillCarried, two?.date], ['correction', [], null]);
  // the same outlet's other article is no other outlet
  const [own] = storyCorrections(
    storyOf([
      ['Kell Courier', COURIER, null, null],
      [
        'Kell Courier',
        'Fourteen people were injured when a stand collapsed at Kell Park on Saturday.',
        null,
        null,
      ],
    ]),
  );
  assert.deepEqual(own?.stillCarried, []);
});

test("a note's day: the one it states, a weekday only within the page's last change, else none", () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const [may3, may5] = [day('2031-05-03'), day('2031-05-05')];
  const iso = (d: number | null) => (d === null ? null : new Date(d * 86_400_000).toISOString().slice(0, 10));
  assert.equal(iso(statedNoteDay('Correction (May 4): The vote was 5-2.', may3, null)), '2031-05-04');
  assert.equal(iso(statedNoteDay('This article was updated on Monday.', may3, may5)), '2031-05-05');
  // no last change: which Monday is not known
  assert.equal(statedNoteDay('This article was updated on Monday.', may3, null), null);
  // a day before the article was published is none
  assert.equal(statedNoteDay('Correction (April 2): The vote was 5-2.', may3, null), null);
});

test("several notes of one article: the page's last change dates none of those stating no day", () => {
  const notes = storyCorrections(
    storyOf([
      [
        'Dunmore Post',
        'Clarification: The final was postponed, not cancelled.\nThe board met on Sunday.\nThis article was updated on Monday to add the board’s statement.',
        '2031-05-04',
        '2031-05-05T11:00:00Z',
      ],
    ]),
  );
  assert.deepEqual(
    notes.map((n) => [n.kind, n.date, n.dateFrom]),
    [
      ['clarification', null, null],
      ['update', '2031-05-05', 'note'],
    ],
  );
});

test('a correction of a name or of a quotation lists the sentences still giving that wording', () => {
  const [name] = storyCorrections(
    storyOf([
      [
        'Kell Courier',
        'The Kettle ferry ran aground off Dunmore on Friday.\nCorrection: An earlier version of this article gave the name of the ferry as Kettle Star.',
        '2031-05-03',
        '2031-05-04',
      ],
      ['Marrow Ledger', 'The ferry Kettle Star ran aground off Dunmore on Friday.', '2031-05-05', null],
      // the name inside a longer one, or with no word of the note beside it: no carrier
      [
        'Dunmore Post',
        'The Kettle Star Line said its ferry ran aground.\nKettle Star sails on Mondays.',
        '2031-05-05',
        null,
      ],
    ]),
  );
  assert.deepEqual(
    name?.stillCarried.map((c) => [c.evidence.articleId, c.wrong, c.right]),
    [['a2', 'Kettle Star', null]],
  );
  const [quote] = storyCorrections(
    storyOf([
      [
        'Kell Courier',
        'The board met on Monday.\nCorrection: An earlier version of this article misquoted Mayor Ada Voss as saying “a very good meeting.” She said it was “a good meeting.”',
        '2031-05-03',
        '2031-05-04',
      ],
      [
        'Marrow Ledger',
        'Mayor Ada Voss called it “a very good meeting,” after the board met.',
        '2031-05-05',
        null,
      ],
      ['Dunmore Post', 'Mayor Ada Voss called it “a good meeting.”', '2031-05-05', null],
    ]),
  );
  assert.deepEqual(
    quote?.stillCarried.map((c) => [c.evidence.articleId, c.wrong]),
    [['a2', 'a very good meeting.']],
  );
});

test('a name after "as" that the note does not tell of as a name is no wording put right', () => {
  const [note] = storyCorrections(
    storyOf([
      [
        'Kell Courier',
        'The board met on Monday.\nCorrection: An earlier version of this article said the mayor, as Board Chair, had voted against the levy.',
        null,
        null,
      ],
      ['Marrow Ledger', 'The mayor, as Board Chair, voted for the levy on Monday.', null, null],
    ]),
  );
  assert.deepEqual(note?.stillCarried, []);
});

// midreview28's inputs: a correction dated 05-04 (its page's last change), other outlets after it.
const carriersOf = (note: string, others: readonly string[], published = '2031-05-05') =>
  storyCorrections(
    storyOf([
      ['Kell Courier', `A stand collapsed at Kell Park on Saturday.\n${note}`, '2031-05-03', '2031-05-04'],
      ...others.map((text, i): [string, string, string, null] => [`Outlet ${i}`, text, published, null]),
    ]),
  ).flatMap((n) => n.stillCarried.map((c) => c.text));

test('a day the note tells of is not the day it was made: only its label or "updated on …" dates it', () => {
  const dayOf = (text: string) =>
    storyCorrections(
      storyOf([['Kell Courier', `A stand collapsed on Saturday.\n${text}`, '2031-05-03', null]]),
    ).map((n) => n.date);
  assert.deepEqual(
    dayOf(
      'Correction: An earlier version of this article said the inquiry would open on May 7. It opens on May 8.',
    ),
    [null],
  );
  assert.deepEqual(
    dayOf(
      'Correction: An earlier version of this article said the stand was inspected on Tuesday. It was inspected on Wednesday.',
    ),
    [null],
  );
  assert.deepEqual(dayOf('Correction (May 5): The stand was inspected on May 2.'), ['2031-05-05']);
});

test('a figure that counts nothing, or another thing, does not still give a corrected count', () => {
  const note =
    'Correction: An earlier version of this article said 14 people were injured at Kell Park; 12 were.';
  assert.deepEqual(
    carriersOf(note, [
      'Fans left Kell Park through gate 14 after the collapse.',
      'Route 14 buses to Kell Park were stopped after the collapse.',
      'Kell Park has 14 stands, and one of them collapsed.',
    ]),
    [],
  );
  // the corrected count itself still is
  assert.equal(carriersOf(note, ['14 people were injured at Kell Park on Saturday.']).length, 1);
});

test('a toll that has risen since is an update: nothing is "still given", least of all before it', () => {
  const notes = storyCorrections(
    storyOf([
      [
        'Dunmore Post',
        'A stand collapsed at Kell Park on Saturday.\nAn earlier version of this article said 3 people had died in the collapse. The toll has since risen to 5 people, the fire service said.',
        '2031-05-04',
        '2031-05-05',
      ],
      [
        'Marrow Ledger',
        '3 people died in the collapse at Kell Park, police said on Saturday.',
        '2031-05-03',
        null,
      ],
    ]),
  );
  assert.deepEqual(
    notes.map((n) => [n.kind, n.stillCarried.length]),
    [['update', 0]],
  );
  // a correction: an article published before the note's day gave what was then told
  const before = carriersOf(
    'Correction: An earlier version of this article said 14 people were injured in the collapse; 12 were.',
    ['14 people were injured in the collapse at Kell Park.'],
    '2031-05-03',
  );
  assert.deepEqual(before, []);
});

test('a name the other sentence gives in another role does not still give a misidentification', () => {
  assert.deepEqual(
    carriersOf(
      'An earlier version of this article misidentified the man who was arrested as Lars Holm, a harbour pilot.',
      ['Lars Holm, the harbour master, said the man who was arrested had worked at the docks for a year.'],
    ),
    [],
  );
  assert.deepEqual(
    carriersOf(
      'An earlier version of this article misidentified the company that owns the ferry as Holm Shipping, a tug firm.',
      ['Holm Shipping, which owns two other ferries on the route, sent a tug.'],
    ),
    [],
  );
  // in the role: still given
  assert.equal(
    carriersOf(
      'An earlier version of this article misidentified the man who was arrested as Lars Holm. The man arrested is Lars Holmberg.',
      ['Police said the man who was arrested, Lars Holm, had worked at the docks.'],
    ).length,
    1,
  );
});

test("another speaker's words are no misquotation; an earlier or feared figure is none still given", () => {
  assert.deepEqual(
    carriersOf(
      'An earlier version of this article misquoted Mayor Ilse Tannery as saying “we will close the port”. She said “we will not close the port”.',
      ['The dockworkers’ union said “we will close the port” if the ferry talks fail.'],
    ),
    [],
  );
  assert.deepEqual(
    carriersOf(
      'Correction: An earlier version of this article said 14 people were injured in the collapse; 12 were.',
      [
        'The fire service initially said 14 people were injured in the collapse.',
        'Police had feared 14 people were injured in the collapse, but the count is lower.',
      ],
    ),
    [],
  );
});
