import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Evidence } from '../../../model/index.ts';
import { comparedStory, segmented } from '../../compared-story.ts';
import { checkCitations } from './index.ts';

// Invented reports of one flood toll: a sentence cited to one giving another count does not hold, and
// the self-check names that pair (`-v` prints it), not only their number.
const DOCS = [
  { outlet: 'Ostby Courier', text: 'Six people died when the River Lenn flooded Brackwater on Wednesday.' },
  { outlet: 'Harl Radio', text: 'Six people died when the Lenn flooded Brackwater on Wednesday.' },
  {
    outlet: 'Fenwick Star',
    text: 'Sixteen people died when the River Lenn flooded Brackwater on Wednesday.',
  },
];

test('the self-check names each cited pair that does not hold', () => {
  const ctx = createContext();
  const articles = segmented(DOCS, ctx);
  const { input } = comparedStory(articles, ctx);
  const at = (i: number): Evidence => {
    const { article } = articles[i] as (typeof articles)[number];
    return { articleId: article.id, span: { start: 0, end: article.text.length } };
  };
  const check = checkCitations(input, [
    [at(0), at(1)],
    [at(0), at(2)],
  ]);
  assert.equal(check.holding, 1);
  assert.deepEqual(check.failing, [{ claim: at(0), evidence: at(2) }]);
  // every pair holding: none named
  assert.equal(checkCitations(input, [[at(0), at(1)]]).failing, undefined);
});
