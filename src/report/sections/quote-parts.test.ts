import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote, Report, Story } from '../../model/index.ts';
import { article, report, story } from '../fixtures/story.ts';
import { quoteMatrixSection } from './quote-matrix.ts';
import { quotedParts } from './quote-parts.ts';
import { quotesSection } from './quotes.ts';

// Invented: one outlet quotes a councillor's sentence whole, another only a part of it.
const WHOLE = 'Voss said: "We are closing the doors that matter most to the poorest families in this town."';
const PART = 'Voss said the council was "closing the doors that matter most" to poor families.';
const span = (text: string, words: string) => ({
  start: text.indexOf(words),
  end: text.indexOf(words) + words.length,
});
const wholeWords = 'We are closing the doors that matter most to the poorest families in this town.';
const partWords = 'closing the doors that matter most';
const quote: Quote = {
  id: 'q1',
  kind: 'direct',
  text: wholeWords,
  speaker: { name: 'Hana Voss', entityId: null },
  cue: 'said',
  occurrences: [
    { articleId: 'a1', span: span(WHOLE, wholeWords) },
    { articleId: 'a2', span: span(PART, partWords) },
  ],
  speakerEvidence: [],
};
const withText = (id: string, outlet: string, text: string) => ({ ...article(id, outlet, null), text });
const parted: Story = {
  ...story,
  quotes: [quote],
  quoteMatrix: [{ quoteId: 'q1', byArticle: { a1: 'quoted', a2: 'quoted' } }],
};
const full: Report = {
  ...report,
  articles: [withText('a1', 'Dunmere Post', WHOLE), withText('a2', 'Harbour Weekly', PART)],
  stories: [parted],
};

test('an outlet that quotes a part of a quote is shown quoting that part, not the whole', () => {
  assert.deepEqual([...quotedParts(quote, full)], [['a2', { text: partWords, leavesOut: [] }]]);
  const list = quotesSection.markdown(parted, full);
  assert.match(list, /carried by 2 articles, \[a2\] quotes a part: “closing the doors that matter most”/);
  assert.match(quotesSection.html(parted, full), /Harbour Weekly \(quotes a part\): /);
  const matrix = quoteMatrixSection.markdown(parted, full);
  assert.match(matrix, /\| “ ” \| “…” \|/);
  assert.match(matrix, /“…” a part of it quoted/);
  // quoted whole by both: no part said
  const both: Report = {
    ...full,
    articles: [withText('a1', 'Dunmere Post', WHOLE), withText('a2', 'Harbour Weekly', WHOLE)],
  };
  const whole = {
    ...quote,
    occurrences: [quote.occurrences[0], { articleId: 'a2', span: span(WHOLE, wholeWords) }],
  } as Quote;
  assert.equal(quotedParts(whole, both).size, 0);
  assert.doesNotMatch(quoteMatrixSection.markdown({ ...parted, quotes: [whole] }, both), /“…”/);
});

test('a quote told in pieces around its attribution is quoted whole, not a part', () => {
  const split =
    'Voss said: "We are closing the doors," she told the meeting, "that matter most to the poorest families in this town."';
  const pieces = ['We are closing the doors', 'that matter most to the poorest families in this town.'];
  const inPieces = {
    ...quote,
    occurrences: [
      quote.occurrences[0],
      ...pieces.map((words) => ({ articleId: 'a2', span: span(split, words) })),
    ],
  } as Quote;
  const both: Report = {
    ...full,
    articles: [withText('a1', 'Dunmere Post', WHOLE), withText('a2', 'Harbour Weekly', split)],
  };
  assert.equal(quotedParts(inPieces, both).size, 0);
  // one piece of it only is still a part
  const onePiece = { ...inPieces, occurrences: inPieces.occurrences.slice(0, 2) } as Quote;
  assert.deepEqual(
    [...quotedParts(onePiece, both)],
    [['a2', { text: 'We are closing the doors', leavesOut: [] }]],
  );
});

test('a part that leaves out a negation of its clause says so; a part of a clause with none does not', () => {
  const said = 'We are not closing the harbour to the fishing fleet; we are moving the fleet to Orlen Quay.';
  const cut = 'Voss said: "We are closing the harbour." The rest was not reported.';
  const kept = 'Voss said "we are moving the fleet to Orlen Quay".';
  const told = (text: string, words: string) => ({ articleId: 'a2', span: span(text, words) });
  const whole = { articleId: 'a1', span: span(said, said) };
  const flipped = {
    ...quote,
    text: said,
    occurrences: [whole, told(cut, 'We are closing the harbour.')],
  } as Quote;
  const reversed: Report = {
    ...full,
    articles: [withText('a1', 'Dunmere Post', said), withText('a2', 'Harbour Weekly', cut)],
  };
  assert.deepEqual(
    [...quotedParts(flipped, reversed)],
    [['a2', { text: 'We are closing the harbour.', leavesOut: ['not'] }]],
  );
  const flippedStory = { ...parted, quotes: [flipped] };
  assert.match(
    quotesSection.markdown(flippedStory, reversed),
    /quotes a part: “We are closing the harbour\.”, leaves out 'not'/,
  );
  assert.match(
    quotesSection.html(flippedStory, reversed),
    /\(quotes a part, leaves out &#39;not&#39;\)|\(quotes a part, leaves out 'not'\)/,
  );
  const shortened = {
    ...quote,
    text: said,
    occurrences: [whole, told(kept, 'we are moving the fleet to Orlen Quay')],
  } as Quote;
  const plain: Report = {
    ...full,
    articles: [withText('a1', 'Dunmere Post', said), withText('a2', 'Harbour Weekly', kept)],
  };
  assert.deepEqual(
    [...quotedParts(shortened, plain)],
    [['a2', { text: 'we are moving the fleet to Orlen Quay', leavesOut: [] }]],
  );
});
