import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Evidence } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { checkCitations } from './support/index.ts';

// Invented reports of one council vote: the quotation's speaker is "she" in one (the mayor, named in
// the sentence before) and a person named in the other; the extract stage gives each its speaker.
const MAYOR = {
  outlet: 'Orrick Herald',
  text: 'Orrick town council approved a £96 million budget on Monday evening.\n\nMayor Petra Haldane said the plan closed a £4 million gap. “This budget keeps every clinic and every school open,” she told the council.',
};
const DEPUTY = {
  outlet: 'Fennby Post',
  text: 'Councillors in Orrick approved a £96 million budget on Monday.\n\n“This budget keeps every clinic and every school open,” said deputy mayor Joss Arden after the vote.',
};
const MAYOR_AGAIN = {
  outlet: 'Fennby Post',
  text: 'Councillors in Orrick approved a £96 million budget on Monday.\n\n“This budget keeps every clinic and every school open,” said Mayor Petra Haldane after the vote.',
};

// For each fact telling the quotation, the articles whose mark on it is ✓.
function ticked(docs: readonly object[]): string[][] {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(docs, ctx), ctx);
  const facts = comparison.facts.filter((f) => /every clinic/.test(f.text));
  assert.ok(facts.length > 0, comparison.facts.map((f) => f.text).join(' | '));
  return facts
    .map((f) =>
      Object.entries(f.coverage)
        .filter(([, m]) => m.mark === 'supports')
        .map(([id]) => id)
        .sort(),
    )
    .sort();
}

test('the same words given to another person are no ✓ for a quotation whose speaker is a pronoun', () => {
  // two facts, each ✓ in its own article only: the other gives the words to another person
  assert.deepEqual(ticked([MAYOR, DEPUTY]), [['a1'], ['a2']]);
});

test('the same words given to the same person by name are still ✓', () => {
  assert.deepEqual(ticked([MAYOR, MAYOR_AGAIN]), [['a1', 'a2']]);
});

test('the self-check counts a cited sentence giving the quotation to another person as not holding', () => {
  const ctx = createContext();
  const articles = segmented([MAYOR, DEPUTY, MAYOR_AGAIN], ctx);
  const { input } = comparedStory(articles, ctx);
  // the quotation's sentence in each article, as a citation
  const at = (i: number): Evidence => {
    const { article } = articles[i] as (typeof articles)[number];
    const start = article.text.indexOf('“This budget');
    return { articleId: article.id, span: { start, end: article.text.indexOf('.', start) + 1 } };
  };
  assert.equal(checkCitations(input, [[at(0), at(1)]]).holding, 0, 'the deputy mayor’s words');
  assert.equal(checkCitations(input, [[at(0), at(2)]]).holding, 1, 'the mayor’s, by name');
});
