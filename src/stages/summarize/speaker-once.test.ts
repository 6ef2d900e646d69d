import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented harbour-levy vote: three outlets, each quoting one councillor's objection in other words.
const LEVY = [
  {
    outlet: 'Quayside Mercury',
    publishedAt: '2027-03-06T20:00:00Z',
    title: 'Brennock council approves harbour levy',
    text: 'Brennock town council approved a harbour levy on Saturday, raising berthing fees for the first time in six years.\n\nThe levy will pay for dredging the inner basin.\n\nCouncillor Petra Laskey voted against. She said the levy was "a tax on the fishermen who keep this town alive."',
  },
  {
    outlet: 'Brennock Star',
    publishedAt: '2027-03-06T21:00:00Z',
    title: 'Harbour levy passes in Brennock',
    text: 'Councillors in Brennock approved a harbour levy on Saturday that raises berthing fees.\n\nThe money will pay for dredging the inner basin.\n\nCouncillor Petra Laskey said the council was "punishing the smallest boats for a problem they did not make."',
  },
  {
    outlet: 'Coastline Radio',
    publishedAt: '2027-03-07T07:00:00Z',
    title: 'Brennock berthing fees to rise',
    text: 'Brennock town council has approved a harbour levy that raises berthing fees.\n\nThe levy pays for dredging the inner basin.\n\nCouncillor Petra Laskey called the levy "short-sighted and unfair."',
  },
];

test('one speaker’s words quoted in other words by three outlets are told once', () => {
  const { out } = summarized(LEVY, 120);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.equal(out.summary.filter((s) => /Laskey/.test(s.text)).length, 1, all);
  // the event is told
  assert.match(all, /approved a harbour levy/, all);
});
