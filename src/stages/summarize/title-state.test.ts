import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';
import { angleTitle, opensDone, reportsDone, titleTellsAhead } from './title-state.ts';

test('a headline tells its event as still ahead: "to" and its verb after the subject, a future or a plan word', () => {
  for (const title of [
    'Council to vote on budget tonight',
    'Harbour bridge to reopen Monday',
    'Council will vote on budget',
    'Council set to vote on budget',
    'Council To Vote On Budget Tonight',
  ])
    assert.equal(titleTellsAhead(title), true, title);
  for (const title of [
    'Council passes budget 8-3',
    'Council votes to close library',
    'Marlow budget approved after late session',
    'Cracks force closure of harbour wall',
  ])
    assert.equal(titleTellsAhead(title), false, title);
});

test("an explainer's, an opinion's or a Q&A's headline is an angle on the event, not a report of it", () => {
  for (const title of [
    'Harbour repairs: what the six-week closure means',
    'Why the council cut library hours',
    'Analysis: budget shows where the council stands',
    'Opinion | The council got the library wrong',
    'Will the harbour wall hold?',
    'Library cuts explained',
    'Marlow budget: what you need to know',
  ])
    assert.equal(angleTitle(title), true, title);
  for (const title of [
    'Marlow council passes budget after late session',
    'WHO declares outbreak over',
    'Harbour wall repairs to start in June',
    'Council votes to close library',
  ])
    assert.equal(angleTitle(title), false, title);
});

test('an opening sentence tells the event done: happened, not negated, no word of the future or of a possibility', () => {
  for (const sentence of [
    'Marlow Town Council passed its 2031 budget on Tuesday night after a session that ran past midnight.',
    'Inspectors found cracks in May, and the board closed the harbour wall on Monday.',
  ])
    assert.equal(opensDone(sentence), true, sentence);
  for (const sentence of [
    'Marlow Town Council will vote on its 2031 budget tonight.',
    'The board said on Monday that the harbour wall will close for six weeks.',
    'Cracks in the harbour wall will force its closure, the board announced on Monday.',
    'The council did not pass the budget on Tuesday.',
    'The council could pass the budget on Tuesday.',
  ])
    assert.equal(opensDone(sentence), false, sentence);
  assert.equal(
    reportsDone('Marlow budget: what the cuts mean', 'The council passed its budget on Tuesday.'),
    false,
  );
  assert.equal(reportsDone('Marlow passes budget', 'The council passed its budget on Tuesday.'), true);
});

// Invented: a preview under a working title, the next morning a report of the vote and an explainer.
const BUDGET = [
  {
    outlet: 'Marlow Herald',
    title: 'Council to vote on budget tonight',
    publishedAt: '2031-03-11T08:00:00Z',
    text: 'Marlow Town Council will vote on its 2031 budget tonight after weeks of debate over library hours.\n\nThe budget adds $2 million for road repairs and trims library hours on Sundays.',
  },
  {
    outlet: 'Valley Radio',
    title: 'Marlow budget: how the library cuts hit Sunday readers',
    publishedAt: '2031-03-12T06:00:00Z',
    text: 'Marlow Town Council approved its 2031 budget on Tuesday night, and Sunday library hours will be trimmed.\n\nThe budget adds $2 million for road repairs and trims library hours on Sundays.',
  },
  {
    outlet: 'Marlow Daily',
    title: 'Marlow council passes budget after late session',
    publishedAt: '2031-03-12T07:00:00Z',
    text: 'Marlow Town Council passed its 2031 budget on Tuesday night after a session that ran past midnight.\n\nThe budget adds $2 million for road repairs and trims library hours on Sundays.',
  },
];

test("the summary's headline is a report's, not the preview's working title nor an explainer's", () => {
  assert.equal(summarized(BUDGET, 60).out.headline, 'Marlow council passes budget after late session');
  // without the report the preview's title stays: an explainer tells no event done
  assert.equal(summarized(BUDGET.slice(0, 2), 60).out.headline, 'Council to vote on budget tonight');
});
