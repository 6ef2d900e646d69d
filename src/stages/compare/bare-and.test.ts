import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { sourceOf } from '../../text/source.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { buildClaims } from './claims.ts';

// Invented reports of one ferry company's cuts: the third joins a figure and the closing in one
// sentence with a comma-less "and"; its second clause states the closing the other two state.
const DOCS = [
  {
    outlet: 'Kelmor Tide',
    text: 'Kelmor Ferries approved a £12 million plan on Monday.\n\nThe ticket offices in Harwick and Densby will shut by the spring.',
  },
  {
    outlet: 'Kelmor Courier',
    text: 'Kelmor Ferries voted on Monday to approve a £12 million plan.\n\nThe ticket offices in Harwick and Densby will close by the spring, the company said.',
  },
  {
    outlet: 'Radio Kelmor',
    text: 'Kelmor Ferries has approved its £12 million plan.\n\nNineteen ferry jobs will go and the Harwick and Densby ticket offices will close by the spring.',
  },
];

test('a clause joined by a comma-less "and" to a clause with a figure is judged on its own: ✓', () => {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(DOCS, ctx), ctx);
  const facts = comparison.facts.filter((f) => /ticket offices/.test(f.text));
  assert.ok(facts.length > 0, comparison.facts.map((f) => f.text).join(' | '));
  // the fact the first two state: ✓ in the third too, not a fact of its own sentence beside it
  const shared = facts.filter((f) => f.coverage.a1?.mark === 'supports');
  assert.equal(shared.length, 1, facts.map((f) => f.text).join(' | '));
  assert.equal(shared[0]?.coverage.a3?.mark, 'supports');
});

// An invented report whose toll is the second clause of a comma-less "and": the clause stands alone
// by its figure, so it must be a claim holding the figure (the judge and the differences see it).
test('a clause cut at a comma-less "and" that stands by its figure is a claim with the figure', () => {
  const ctx = createContext();
  const articles = segmented(
    [
      {
        outlet: 'Radio Tesk',
        text: 'The council opened an inquiry on Friday into the fire at the Amber Yarns mill in Tesk, in which one worker died and 12 people were injured.',
      },
    ],
    ctx,
  );
  const { input } = comparedStory(articles, ctx);
  const claims = buildClaims(articles, input, sourceOf(articles));
  const all = claims.map((c) => `${c.text} ${c.figures.map((f) => f.value)}`).join(' | ');
  assert.ok(
    claims.some((c) => c.figures.some((f) => f.value === 12)),
    all,
  );
});
