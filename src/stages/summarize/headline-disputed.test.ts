import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story: one outlet's title gives its figure of the budget, another outlet gives another.
const BUDGET = [
  {
    outlet: 'Dunmere Herald',
    title: 'Dunmere council passes 12.5 million pound budget with Quayside pool cut',
    publishedAt: '2031-05-07T20:00:00Z',
    text: 'Dunmere town council approved a budget of £12.5 million for next year on Wednesday evening.\n\nThe budget cuts funding for the Quayside pool by £80,000.\n\nCouncillor Petra Lune called the pool cut unfair.',
  },
  {
    outlet: 'Coastline Weekly',
    publishedAt: '2031-05-07T21:00:00Z',
    text: 'Dunmere councillors approved a £14 million budget on Wednesday.\n\nThe budget cuts funding for the Quayside pool by £80,000.\n\nAbout 60 swimmers gathered outside the town hall.',
  },
];

test('the headline gives no value of a figure difference: a title with one side is passed over', () => {
  const { comparison, out } = summarized(BUDGET, 400);
  const differences = (comparison.differences ?? []).filter((d) => d.kind === 'figure');
  assert.ok(
    differences.some(
      (d) => d.sides.some((s) => /12\.5/.test(s.claim)) && d.sides.some((s) => /£14/.test(s.claim)),
    ),
    JSON.stringify(differences),
  );
  assert.ok(out.headline, 'a headline');
  assert.doesNotMatch(out.headline, /12\.5|14 million/);
});

test('a title whose figure no outlet disputes may still head the story', () => {
  const agreed = BUDGET.map((d) => ({ ...d, text: d.text.replace('£14 million', '£12.5 million') }));
  assert.equal(summarized(agreed, 400).out.headline, BUDGET[0]?.title);
});
