import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Figure } from '../../model/index.ts';
import { storyCorrections } from './corrections.ts';
import { storyOf } from './corrections-fixture.ts';

// newuser21 #7: a correction of a figure shows the value given instead, read in the note or in the
// sentences after it in its paragraph, and is linked to the story's facts and figures that hold it
// (invented articles; before, a note had no `corrected` at all).
const LIVE =
  'Ferries stopped at Kell harbour on Monday.\n\nCorrection: An earlier version of this page said 40 sailings were cancelled. The harbour office says 24 sailings were cancelled.\n\nThe harbour office said 24 sailings were cancelled on Monday.';

const noteOf = (text: string, facts: readonly Fact[] = [], figures: readonly Figure[] = []) =>
  storyCorrections(storyOf([['Kell Courier', text, '2031-05-03', '2031-05-04']]), { facts, figures })[0];

test('a correction of a figure: the wrong value and the value the next sentence gives instead', () => {
  const note = noteOf(LIVE);
  assert.equal(note?.kind, 'correction');
  assert.equal(note?.corrected?.wrong, '40');
  assert.deepEqual(
    note?.corrected?.right.map((r) => [r.value, LIVE.slice(r.evidence.span.start, r.evidence.span.end)]),
    [['24', 'The harbour office says 24 sailings were cancelled.']],
  );
});

test('the value given instead is linked to the facts and figures of the story that hold it in that article', () => {
  const [first, at] = [LIVE.indexOf('24 sailings'), LIVE.lastIndexOf('24 sailings')];
  const later = { articleId: 'a1', span: { start: LIVE.lastIndexOf('The harbour'), end: LIVE.length } };
  const figure = {
    id: 'g1',
    value: 24,
    occurrences: [first, at].map((start) => ({ articleId: 'a1', span: { start, end: start + 2 } })),
  } as unknown as Figure;
  const fact = {
    id: 'f1',
    figureIds: ['g1'],
    evidence: [later],
    coverage: { a1: { mark: 'supports', evidence: later, reason: null } },
  } as unknown as Fact;
  // (the fact's sentence is not the note's: it is linked by the figure found at the value)
  // another figure, of another article: not linked
  const other = { ...figure, id: 'g2', occurrences: [{ articleId: 'a2', span: { start: at, end: at + 2 } }] };
  const right = noteOf(LIVE, [fact], [figure, other])?.corrected?.right;
  assert.deepEqual(
    right?.map((r) => [r.factIds, r.figureIds]),
    [[['f1'], ['g1']]],
  );
});

test('no value given instead, or news after the note of another measure: no corrected pair', () => {
  // the note gives the wrong value only; the next paragraph is news
  assert.equal(
    noteOf(
      'Ferries stopped at Kell harbour on Monday.\n\nCorrection: An earlier version of this page said 40 sailings were cancelled.\n\nThe harbour reopened at 6 p.m.',
    )?.corrected,
    undefined,
  );
  // a value of another measure after it in the paragraph: no value given instead
  assert.equal(
    noteOf(
      'Ferries stopped at Kell harbour on Monday.\n\nCorrection: An earlier version of this page said 40 sailings were cancelled. The harbour office says it has 12 ferries.',
    )?.corrected,
    undefined,
  );
});

test('another count of the same people in the paragraph is no value given instead (review43)', () => {
  const text =
    'A ferry reached Kell harbour on Monday.\n\nCorrection: An earlier version of this article said the ferry carried 140 people. It carried 152 people, and 30 people were taken to hospital.';
  const right = noteOf(text)?.corrected?.right.map((r) => r.value);
  assert.deepEqual(right, ['152']);
});
