import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyCorrections } from './corrections.ts';
import { storyOf } from './corrections-fixture.ts';

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
