import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { WRONG_WORDING } from './data/editors-notes.ts';
import { afterUpdateLabel, editorsNotes, noteKind } from './editors-notes.ts';

// The notes of one invented article (one paragraph a line), as [kind, text].
const notesOf = (text: string) => {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  if (!doc) throw new Error('no article');
  return editorsNotes(doc).map((n) => [n.kind, text.slice(n.start, n.end)]);
};

test('a labelled note, a note whose subject is the article, and a note after a dateline are notes', () => {
  assert.deepEqual(
    notesOf(
      'KELL, May 4 (Wire) — Clarification: An earlier headline said the final was cancelled; it was postponed.\nA stand at Kell Park collapsed on Saturday.\nThis article was updated on Monday to add the board’s statement.',
    ),
    [
      ['clarification', 'Clarification: An earlier headline said the final was cancelled; it was postponed.'],
      ['update', 'This article was updated on Monday to add the board’s statement.'],
    ],
  );
});

test("a note that opens its paragraph takes the paragraph's next sentences; one inside news is alone", () => {
  assert.deepEqual(
    notesOf(
      'A stand collapsed on Saturday.\nCorrection: An earlier version of this article said 14 people were injured. Twelve were.',
    ),
    [
      [
        'correction',
        'Correction: An earlier version of this article said 14 people were injured. Twelve were.',
      ],
    ],
  );
  // a paragraph a correction's or clarification's label opens is the note whole, whoever its next sentence names
  assert.deepEqual(
    notesOf(
      'A stand collapsed on Saturday.\nClarification: An earlier version of this article said the vote was on Tuesday. Kell council says the vote was on Monday.',
    ),
    [
      [
        'clarification',
        'Clarification: An earlier version of this article said the vote was on Tuesday. Kell council says the vote was on Monday.',
      ],
    ],
  );
  assert.deepEqual(
    notesOf(
      'Correction: An earlier version of this article said 14 were hurt. The board met on Monday. It voted to close the ground. Engineers arrived on Tuesday.',
    ),
    [['correction', 'Correction: An earlier version of this article said 14 were hurt.']],
  );
  // a paragraph longer than a note goes on with news: the note is its sentence alone
  assert.deepEqual(
    notesOf(
      "Editor's note: This story was first published on Sunday. The board met on Monday. It voted to close the ground. Engineers arrived on Tuesday. The county final was moved.",
    ),
    [['editors-note', "Editor's note: This story was first published on Sunday."]],
  );
});

test("news words are no note: correction officers, 'Update:' news, a correction the story tells of", () => {
  assert.deepEqual(
    notesOf(
      "The prison's correction officers helped carry the injured.\nCorrection officers at Dunmore jail were called in.\nUpdate: The council voted on Monday to close the ground.\nThe paper printed a correction on Tuesday.",
    ),
    [],
  );
});

test('noteKind: by the label, else by the words of a note whose subject is the article', () => {
  const cases: [string, string][] = [
    ['Correction (May 5): The vote was 5-2.', 'correction'],
    ['Correction, May 5, 2031: The vote was 5-2.', 'correction'],
    ['CLARIFICATION: The levy is a county one.', 'clarification'],
    ["Editor's note: This story has been updated.", 'editors-note'],
    ['An earlier version of this story misstated the day of the vote.', 'correction'],
    ['This story has been updated to correct the day of the vote.', 'correction'],
    ['This article has been updated with the board’s statement.', 'update'],
  ];
  for (const [text, kind] of cases) assert.equal(noteKind(text), kind, text);
});

test('"This post office …", "This story began …" are news; "This story contains …" is a note', () => {
  assert.deepEqual(
    notesOf(
      'The Kell post office will close on Friday, the postal service said.\nThis post office has served the valley since 1902. Its staff of six will move to Dunmore.\nThis story began in 2029, when the council cut the dredging budget. Two years later the river silted up.',
    ),
    [],
  );
  assert.deepEqual(
    notesOf('A stand collapsed.\nThis story contains details some readers may find distressing.'),
    [['editors-note', 'This story contains details some readers may find distressing.']],
  );
});

test("the news after an editor's note is no part of it, nor a sentence after a correction that tells of no fix", () => {
  assert.deepEqual(
    notesOf(
      "Editor's note: This article contains details some readers may find distressing. Five people died when a stand collapsed at Kell Park on Saturday.",
    ),
    [['editors-note', "Editor's note: This article contains details some readers may find distressing."]],
  );
  assert.deepEqual(
    notesOf(
      'A stand collapsed on Saturday.\nCorrection: An earlier version of this article said the inquiry would open on May 7. It opens on May 8.',
    ),
    [
      [
        'correction',
        'Correction: An earlier version of this article said the inquiry would open on May 7. It opens on May 8.',
      ],
    ],
  );
  // a toll that has risen since: an update, and the new toll is news
  assert.deepEqual(
    notesOf(
      'A stand collapsed on Saturday.\nAn earlier version of this article said 3 people had died in the collapse. The toll has since risen to 5 people, the fire service said.',
    ),
    [['update', 'An earlier version of this article said 3 people had died in the collapse.']],
  );
});

test("an editor's note that tells of an error is a correction; a name at a sentence's end stops there", () => {
  assert.equal(
    noteKind("Editor's note: An earlier version of this article said 14 people were injured; 12 were."),
    'correction',
  );
  const m = WRONG_WORDING.exec(
    'misidentified the man who was arrested as Lars Holm. The man arrested is Lars Holmberg.',
  );
  assert.equal(m?.[2], 'Lars Holm');
});

test("an 'Update:' label with a time ends after the whole time, never inside it", () => {
  const after = (text: string) => {
    const [doc] = segmentAll([articleFromText('a1', text)], createContext());
    const s = doc?.sentences[0];
    if (!doc || !s) throw new Error('no article');
    const k = afterUpdateLabel(text, s);
    return k < 0 ? null : (s.tokens[k]?.text ?? null);
  };
  assert.equal(after('UPDATED 18:40: Police now say three people have died.'), 'Police');
  assert.equal(after('Updated at 6.40pm BST — Police now say three people have died.'), 'Police');
  assert.equal(after('Update, May 7, 2031: The Kell council voted on Monday.'), 'The');
  // no mark after the time: the label's match ends at '18:', inside the token '18:40', so the news
  // still starts at its first whole token after it
  assert.equal(after('UPDATED 18:40 Police now say three people have died.'), 'Police');
  assert.equal(after('UPDATED 18:40: 40 homes were flooded.'), '40');
});

// midreview31 finding 12: a labelled clarification's paragraph that goes on with news keeps the news
// out of the note (fails before: the note was the whole paragraph).
test('a labelled note takes the sentence naming who gives the right value, not the news after it', () => {
  assert.deepEqual(
    notesOf(
      'The Kelso water main burst on Friday.\n\nClarification: The outage hit Kelso, not Ardley. Crews from Tarn Water worked through the night. Supply returned on Saturday.',
    ),
    [['clarification', 'Clarification: The outage hit Kelso, not Ardley.']],
  );
  assert.deepEqual(
    notesOf(
      'The Kelso water main burst on Friday.\n\nCorrection: An earlier version of this article said 2,500 homes were without water. Tarn Water says the figure is about 3,000.',
    ),
    [
      [
        'correction',
        'Correction: An earlier version of this article said 2,500 homes were without water. Tarn Water says the figure is about 3,000.',
      ],
    ],
  );
});

// closing-s31 (noticed, left alone): "says" anywhere in the sentence took news into the note (fails
// before: the note was the whole paragraph); only a "says" that heads the sentence, after its subject,
// names who gives the right value.
test('a "says" inside a clause of the news after a labelled note does not take it into the note', () => {
  assert.deepEqual(
    notesOf(
      'The Kelso water main burst on Friday.\n\nClarification: The outage hit Kelso, not Ardley. Crews from Tarn Water, which says the main was old, worked through the night.',
    ),
    [['clarification', 'Clarification: The outage hit Kelso, not Ardley.']],
  );
  assert.deepEqual(
    notesOf(
      'The Kelso water main burst on Friday.\n\nCorrection: An earlier version of this article said 2,500 homes were without water. Residents who lost supply on Friday say the council says little.',
    ),
    [['correction', 'Correction: An earlier version of this article said 2,500 homes were without water.']],
  );
});

// midreview32 finding 2: a source named with an appositive, between commas, or by a longer noun
// phrase gives the right value too (the three fail before: news); a sentence that names a source but
// tells none of the note's value is news (failed before: taken into the note).
test('a labelled note takes a source named with an appositive, between commas or at length, when it tells the value', () => {
  const note = 'Correction: An earlier version of this article said 2,500 homes were without water.';
  for (const source of [
    'Tarn Water, the supplier, says the figure is about 3,000.',
    'The figure, Tarn Water says, is about 3,000.',
    'A spokesperson for the Tarn Water utility in Kelso says the figure is about 3,000.',
    'Tarn Water says about 3,000 homes lost supply.',
  ])
    assert.deepEqual(notesOf(`The Kelso water main burst on Friday.\n\n${note} ${source}`), [
      ['correction', `${note} ${source}`],
    ]);
  for (const news of [
    'The council says it will reopen the road on Monday.',
    'Supply returned on Saturday, Tarn Water says, after crews worked through the night.',
    'Crews from Tarn Water, which says the main was old, worked through the night.',
  ])
    assert.deepEqual(notesOf(`The Kelso water main burst on Friday.\n\n${note} ${news}`), [
      ['correction', note],
    ]);
});
