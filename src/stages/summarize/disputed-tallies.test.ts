import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertToldBeside, summarized } from './test-story.ts';

// An invented story: two outlets count one vote otherwise, in words, beside other facts they share.
const VOTE = [
  {
    outlet: 'Dunmere Herald',
    title: 'Councillors vote 7-4 to pass Dunmere budget',
    publishedAt: '2031-05-07T20:00:00Z',
    text: 'Dunmere town council has approved its budget for next year after a vote of seven to four on Wednesday night.\n\nThe vote was seven to four after a two-hour debate.\n\nThe budget cuts funding for the Quayside pool by £80,000.\n\nTreasurer Ivo Marsh said reserves would fall to £3.1 million by March.',
  },
  {
    outlet: 'Coastline Weekly',
    publishedAt: '2031-05-07T21:00:00Z',
    text: 'Dunmere councillors voted eight to three on Wednesday to approve a £14 million budget.\n\nThe budget cuts funding for the Quayside pool by £80,000.\n\nTreasurer Ivo Marsh said reserves would fall to £2.6 million by March.\n\nAbout 60 swimmers gathered outside the town hall.',
  },
];

test('a count of a vote another source gives otherwise is told neither way, in the summary or the headline', () => {
  const { out } = summarized(VOTE, 400);
  const told = out.summary.map((s) => s.text).join(' | ');
  assert.doesNotMatch(told, /seven to four|eight to three/, told);
  // what the sources do not dispute is still told
  assert.match(told, /Quayside pool|swimmers/, told);
  assert.doesNotMatch(out.headline ?? '', /7-4|seven to four|eight to three/);
});

test("a figure told as someone's is told as its outlet's too when another outlet gives another value of it", () => {
  assertToldBeside(summarized(VOTE, 400).out.summary, /£3\.1 million|£2\.6 million/);
});

test('a source that tells two votes disputes neither: its counts stay told', () => {
  const two = [
    {
      outlet: 'Dunmere Herald',
      publishedAt: '2031-05-07T20:00:00Z',
      text: 'The finance committee voted five to two on Monday to send the budget to the council.\n\nThe council voted nine to two on Wednesday to approve it.\n\nThe budget cuts funding for the Quayside pool by £80,000.',
    },
    {
      outlet: 'Coastline Weekly',
      publishedAt: '2031-05-07T21:00:00Z',
      text: 'Dunmere councillors voted nine to two on Wednesday to approve the budget.\n\nThe budget cuts funding for the Quayside pool by £80,000.',
    },
  ];
  const told = summarized(two, 400)
    .out.summary.map((s) => s.text)
    .join(' | ');
  assert.match(told, /nine to two|five to two/, told);
});
