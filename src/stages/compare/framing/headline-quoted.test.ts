import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { report, story } from '../../../report/fixtures/story.ts';
import { renderMarkdown } from '../../../report/markdown.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { CONTESTED_TERMS } from '../data/contested-terms.ts';
import { countContested } from './contested.ts';

const BODY = 'About 300 people crossed the Varden river near Kessor on Monday, officials said.';

const rowsOf = (title: string) => {
  const docs = segmentAll([articleFromText('a1', BODY, { title })], createContext());
  return countContested(docs, CONTESTED_TERMS, new Map());
};
const use = (rows: ReturnType<typeof rowsOf>, term: string) =>
  rows.find((r) => r.term === term)?.byArticle.a1;

test('a headline’s use inside its quotation marks is counted as quoted there', () => {
  // the headline carries a minister's words: the outlet did not call anyone that in its own wording
  const quoted = use(rowsOf('Minister: "Illegals are not refugees"'), 'illegal');
  assert.equal(quoted?.headline, 1);
  assert.equal(quoted?.headlineQuoted, 1);
  const mixed = rowsOf('Illegals cross Varden as minister rules out “amnesty”');
  assert.equal(use(mixed, 'illegal')?.headlineQuoted, undefined, 'its own word: not quoted');
  assert.equal(use(mixed, 'amnesty')?.headlineQuoted, 1);
});

test('the framing table says which headline uses are quoted', () => {
  const contested = rowsOf('Minister: "Illegals are not refugees"');
  const md = renderMarkdown({
    ...report,
    stories: [{ ...story, framing: { terms: [], contested, scareQuotes: [], tone: {}, outlets: [] } }],
  });
  assert.match(md, /\| illegal \(labels people\) \|[^\n]*\| headline 1 \(quoted\) \|/);
  assert.match(md, /marked “\(quoted\)”: words it quotes, not its own/);
});
