import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notesAdded } from '../report/notes-added.ts';
import { textNotes } from '../text/editors-notes.ts';
import { addedNotes } from './revision-notes.ts';

// Invented: a live page on a ferry strike, read again after it was corrected (newuser21 #14: changes
// listed it as "updated" only, though its new version carried a correction note).
const LEDE = 'Ferry crews at the port of Tarrow walked out at dawn on Sunday.';
const FIX =
  'Correction: An earlier version of this page said 40 sailings were cancelled. The operator’s figure is 14.';
const version = (text: string, replacedAt: string) => ({
  replacedAt,
  title: 'Tarrow ferry strike',
  text,
  modifiedAt: null,
});
const now = (text: string) => ({ title: 'Tarrow ferry strike', text });

test("the notes a page's versions since a time added: a correction, not one it had, nor one of a paragraph edited elsewhere", () => {
  const since = '2031-05-04T10:00:00Z';
  const later = '2031-05-04T11:00:00Z';
  const earlier = version(`${LEDE}\n\n40 sailings were cancelled.`, later);
  assert.deepEqual(addedNotes(now(`${LEDE}\n\n14 sailings were cancelled.\n\n${FIX}`), [earlier], since), [
    'correction',
  ]);
  // read before the time asked: not this look's change
  assert.deepEqual(addedNotes(now(`${LEDE}\n\n${FIX}`), [version(LEDE, '2031-05-04T09:00:00Z')], since), []);
  // the note was there before; only the news after it changed
  assert.deepEqual(
    addedNotes(
      now(`${LEDE} Talks resume on Monday.\n\n${FIX}`),
      [version(`${LEDE}\n\n${FIX}`, later)],
      since,
    ),
    [],
  );
  // a paragraph that holds the note, edited elsewhere: the note is not new
  assert.deepEqual(
    addedNotes(
      now(`Talks resume on Monday. ${FIX}`),
      [version(`Talks resume on Tuesday. ${FIX}`, later)],
      since,
    ),
    [],
  );
  // an update told by no note names none
  assert.deepEqual(addedNotes(now(`${LEDE}\n\nTalks resume on Monday.`), [version(LEDE, later)], since), []);
});

test('the editors’ notes of plain text, where it or a sentence of it opens; and how a change line names them', () => {
  assert.deepEqual(textNotes(FIX), ['correction']);
  assert.deepEqual(textNotes(`${LEDE} Clarification: The strike began at dawn.`), ['clarification']);
  assert.deepEqual(
    textNotes('Correction: An earlier version said 3 had died. The toll has since risen to 5.'),
    ['update'],
  );
  assert.deepEqual(textNotes('Mr. Hale said the correction was fair.'), []);
  assert.equal(notesAdded([]), '');
  assert.equal(notesAdded(['correction']), ', a correction added');
  assert.equal(notesAdded(['correction', 'update']), ', a correction and an update note added');
});
