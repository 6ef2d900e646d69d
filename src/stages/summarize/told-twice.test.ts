import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// Two invented outlets tell one budget vote in other words: one by the libraries it closes, the other
// by the budget it adopts; both give its tally and the gap it closes.
const vote = (record: string) => [
  {
    outlet: 'Tarrow Daily',
    publishedAt: '2031-11-07T18:00:00Z',
    text: "Tarrow's city council voted 7-2 on Friday to close the Elm Road and Kiln Lane branch libraries at the end of March, as part of a budget that closes a $4.8 million gap.\n\nCouncillor Piet Ros, who voted against, said the savings were small next to the harm.\n\nAbout 50 people watched the vote from the public gallery.",
  },
  {
    outlet: 'Tarrow Record',
    publishedAt: '2031-11-07T19:00:00Z',
    text: `${record}\n\nUnder the budget, the Elm Road and Kiln Lane branch libraries will be merged into the central library at the end of March.\n\nCity manager Lars Oden said staff would help every employee affected find a new role.`,
  },
];

const ledes = (record: string) => {
  const { out } = summarized(vote(record), 60);
  const texts = out.summary.map((s) => s.text);
  return { all: texts.join(' | '), told: texts.filter((t) => /\$4\.8 million/.test(t)).length };
};

test('one vote two outlets tell in other words, by the same tally and sum, is told once', () => {
  const { all, told } = ledes(
    'The Tarrow City Council on Friday adopted a balanced budget for the coming year by a vote of 7-2, closing a projected gap of $4.8 million.',
  );
  assert.equal(told, 1, all);
});

test('two sentences sharing one sum and nothing else that marks the event are not one fact', () => {
  const { all, told } = ledes(
    'The Tarrow harbour board on Thursday approved a $4.8 million plan to dredge the north channel before the spring.',
  );
  assert.equal(told, 2, all);
});
