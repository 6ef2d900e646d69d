import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story of three outlets: a town council's budget vote, one of whose effects one outlet
// tells in its own voice and another only as an opposition leader's claim.
const BUDGET = [
  {
    outlet: 'Dunmere Herald',
    text: 'Dunmere town council approved a £38 million budget on Tuesday night after a three-hour debate.\n\nOpposition leader Marek Dolan said the cuts would close the Saltgate and Pennick swimming pools by the autumn.\n\nThe vote was nine to four.',
  },
  {
    outlet: 'Coastline Gazette',
    text: 'Councillors in Dunmere approved a £38 million budget on Tuesday.\n\nThe swimming pools in Saltgate and Pennick will close by the autumn.\n\nParking charges will rise from June.',
  },
  {
    outlet: 'Radio Dunmere',
    text: 'Dunmere council has passed its £38 million budget.\n\nMayor Ilsa Vorn said the budget protected frontline services.\n\nFees at the town museum will double.',
  },
];

const citedTexts = (out: ReturnType<typeof summarized>, match: RegExp) => {
  const sentence = out.out.summary.find((s) => match.test(s.text));
  const texts = new Map(out.articles.map((d) => [d.article.id, d.article.text]));
  return {
    sentence,
    cited: (sentence?.citations ?? []).map((e) =>
      (texts.get(e.articleId) ?? '').slice(e.span.start, e.span.end),
    ),
  };
};

test("a sentence told in the summary's own voice is not cited to an article that only reports someone's claim of it", () => {
  const story = summarized(BUDGET, 400);
  const all = story.out.summary.map((s) => s.text).join(' | ');
  const { sentence, cited } = citedTexts(story, /pools/);
  assert.ok(sentence, all);
  if (/said/.test(sentence.text)) return; // told as the claim it is: every outlet of it may be cited
  assert.ok(
    cited.every((t) => !/Marek Dolan said/.test(t)),
    `${sentence.text} cites ${cited.join(' | ')}`,
  );
  assert.ok(cited.some((t) => /The swimming pools in Saltgate and Pennick will close/.test(t)));
});
