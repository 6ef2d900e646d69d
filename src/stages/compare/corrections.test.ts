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
        '2031-05-03',
        null,
      ],
      // gives both values: no carrier; the same value of another count: no carrier
      [
        'Dunmore Post',
        'Police first said 14 people were injured, then 12 people were injured.\n14 people were taken to Marrowby General Hospital.',
        '2031-05-04',
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
        null,
        null,
      ],
      ['Marrow Ledger', 'The ferry Kettle Star ran aground off Dunmore on Friday.', null, null],
      // the name inside a longer one, or with no word of the note beside it: no carrier
      [
        'Dunmore Post',
        'The Kettle Star Line said its ferry ran aground.\nKettle Star sails on Mondays.',
        null,
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
        null,
        null,
      ],
      ['Marrow Ledger', 'Mayor Ada Voss called it “a very good meeting,” after the board met.', null, null],
      ['Dunmore Post', 'Mayor Ada Voss called it “a good meeting.”', null, null],
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
