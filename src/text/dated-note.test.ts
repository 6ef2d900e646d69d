import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { editorsNotes, noteKind, textNotes } from './editors-notes.ts';
import { statedNoteDay } from './note-day.ts';

// The notes of one invented article (one paragraph a line), as [kind, text].
const notesOf = (text: string) => {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  if (!doc) throw new Error('no article');
  return editorsNotes(doc).map((n) => [n.kind, text.slice(n.start, n.end)]);
};

// (newuser23 #6: "Correction, Dec. 3: An earlier version of this article said … was 53. He was 52."
// was read as news: a fact, a figure 53, a quote of "version of this article", a timeline event)
test('a correction dated with an abbreviated month ("Correction, Dec. 3:") is a note, with its day', () => {
  assert.deepEqual(
    notesOf(
      'A worker died on Tuesday after the Halvorsen depot fire.\nCorrection, Sept. 14: An earlier version of this article said Ana Ruiz was 53. She was 52.',
    ),
    [
      [
        'correction',
        'Correction, Sept. 14: An earlier version of this article said Ana Ruiz was 53. She was 52.',
      ],
    ],
  );
  assert.equal(noteKind('Clarification, Jan. 5, 2031: The levy is a county one.'), 'clarification');
  assert.deepEqual(textNotes('Correction, Dec. 3: An earlier version of this page said 40 boats.'), [
    'correction',
  ]);
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const noted = statedNoteDay('Correction, Dec. 3: The vote was 5-2.', day('2031-12-02'), null);
  assert.equal(noted === null ? null : new Date(noted * 86_400_000).toISOString().slice(0, 10), '2031-12-03');
  // a sentence that opens with the word and a stop of its own is no dated label
  assert.deepEqual(notesOf('Correction officers at Dunmore jail, Dec. 3 staff said, were called in.'), []);
  // nor is one whose stop is another word's ("No. 2"): only a month's or a time's is a date's
  const news = "Corrections, the state's No. 2 expense — behind Medicaid — rose 5 percent, the office said.";
  assert.deepEqual(notesOf(`Lawmakers passed the budget on Monday.\n${news}`), []);
  assert.deepEqual(textNotes(news), []);
  assert.equal(
    statedNoteDay('Updated, Dec. 3, 5 p.m.: The vote was 5-2.', day('2031-12-02'), null) === null,
    false,
  );
});
