import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote, Story } from '../../model/index.ts';
import { report, story } from '../fixtures/story.ts';
import { matrixRows, quoteMatrixSection } from './quote-matrix.ts';

type How = 'quoted' | 'paraphrased' | 'absent';
const row = (id: string, a1: How, a2: How) => ({ quoteId: id, byArticle: { a1, a2 } });

test('the quote table shows the quotes carried by most outlets first and says how many it left out', () => {
  // 33 quotes of a1 alone, then two that both outlets carried: a table of 30 must not lose the shared ones
  const quoteMatrix = [
    ...Array.from({ length: 33 }, (_, i) => row(`q${i + 1}`, 'quoted', 'absent')),
    row('q34', 'quoted', 'paraphrased'),
    row('q35', 'quoted', 'quoted'),
  ];
  const { rows, note } = matrixRows({ quoteMatrix });
  assert.deepEqual(
    rows.slice(0, 3).map((r) => r.quoteId),
    ['q34', 'q35', 'q1'],
  );
  assert.equal(rows.length, 30);
  assert.equal(note, ' 5 more quotes, each carried by one outlet, are listed under Quotes.');
  assert.equal(matrixRows({ quoteMatrix: quoteMatrix.slice(0, 3) }).note, '');
});

// One outlet gives the chief's words to the mayor: its “ ” on the chief's row read as the outlet
// quoting the chief, and the Gazette's “ ” on the mayor's row as the Gazette quoting the mayor. And a
// denial's reported words ("it had cut corners") read as the company's claim without its verb.
test('the quote table says which speaker an outlet gives the words to, and the verb of reported speech', () => {
  const at = (articleId: string) => ({ articleId, span: { start: 41, end: 70 } });
  const quote = (id: string, name: string, cue: string, articleId: string, kind: Quote['kind']): Quote => ({
    id,
    kind,
    text: kind === 'indirect' ? 'it had cut corners' : 'The water was low tonight',
    speaker: { name, entityId: null },
    cue,
    occurrences: [at(articleId)],
    speakerEvidence: [at(articleId)],
  });
  const told: Story = {
    ...story,
    quotes: [
      quote('q1', 'Rana Oster', 'said', 'a1', 'direct'),
      // a partial quote of the same words (as one outlet's shorter quotation is) is one too
      quote('q2', 'Tomas Ekberg', 'said', 'a2', 'partial'),
      quote('q3', 'Holm Works', 'denied', 'a1', 'indirect'),
    ],
    quoteMatrix: [
      { quoteId: 'q1', byArticle: { a1: 'quoted', a2: 'quoted' } },
      { quoteId: 'q2', byArticle: { a1: 'quoted', a2: 'quoted' } },
      { quoteId: 'q3', byArticle: { a1: 'paraphrased', a2: 'absent' } },
    ],
  };
  const markdown = quoteMatrixSection.markdown(told, { ...report, stories: [told] });
  assert.match(markdown, /— Rana Oster \(said\) \[a1\] \| “ ” \| “ ” to Tomas Ekberg \|/);
  assert.match(markdown, /— Tomas Ekberg \(said\) \[a2\] \| “ ” to Rana Oster \| “ ” \|/);
  assert.match(markdown, /reported: it had cut corners — Holm Works \(denied\) \[a1\] \| ≈ \| — \|/);
  assert.match(markdown, /the outlet gives these words to another speaker/);
  const html = quoteMatrixSection.html(told, { ...report, stories: [told] });
  assert.match(html, /title="[^"]*: quoted, given to Tomas Ekberg">“ ” <small>to Tomas Ekberg<\/small>/);
});

// Every outlet carries the fire chief's words; the Gazette gives "help every owner" to the police
// chief, the Wire to the mayor, and the Gazette also reports the mayor in its own words. A cell names
// the speaker of the same words in that outlet, never the speaker of another quote it carries.
test('the quote table names the speaker of the same words in the outlet, not of another quote', () => {
  const quote = (id: string, name: string, text: string, kind: Quote['kind'], ...ids: string[]): Quote => ({
    id,
    kind,
    text,
    speaker: { name, entityId: null },
    cue: 'said',
    occurrences: ids.map((articleId) => ({ articleId, span: { start: 0, end: text.length } })),
    speakerEvidence: [],
  });
  const roof = 'The roof came down within an hour';
  const help = 'We will help every owner rebuild';
  const carried = { a1: 'quoted', a2: 'quoted' } as const;
  const told: Story = {
    ...story,
    quotes: [
      quote('q1', 'Tomas Ekwall', roof, 'direct', 'a1', 'a2'),
      quote('q2', 'Oren Brel', help, 'direct', 'a1'),
      quote('q3', 'Ann Wu', help, 'direct', 'a2'),
      quote('q4', 'Ann Wu', 'We will help every single owner rebuild', 'direct', 'a2'),
      quote('q5', 'Ann Wu', 'the city would help the owners', 'indirect', 'a1'),
    ],
    quoteMatrix: [
      { quoteId: 'q1', byArticle: carried },
      { quoteId: 'q2', byArticle: carried },
      { quoteId: 'q3', byArticle: carried },
      { quoteId: 'q4', byArticle: { a1: 'paraphrased', a2: 'quoted' } },
      { quoteId: 'q5', byArticle: { a1: 'paraphrased', a2: 'absent' } },
    ],
  };
  const markdown = quoteMatrixSection.markdown(told, { ...report, stories: [told] });
  assert.match(markdown, /— Tomas Ekwall \(said\) \[a1\]\[a2\] \| “ ” \| “ ” \|/);
  assert.match(markdown, /— Oren Brel \(said\) \[a1\] \| “ ” \| “ ” to Ann Wu \|/);
  assert.match(
    markdown,
    /“We will help every owner rebuild” — Ann Wu \(said\) \[a2\] \| “ ” to Oren Brel \| “ ” \|/,
  );
  // the Gazette's other wording is the police chief's, in quotation marks: the legend says what ≈ to X is
  assert.match(markdown, /single owner rebuild” — Ann Wu \(said\) \[a2\] \| ≈ to Oren Brel \| “ ” \|/);
  assert.match(markdown, /≈ to X: /);
  assert.match(markdown, /reported: the city would help the owners — Ann Wu \(said\) \[a1\] \| ≈ \| — \|/);
});
