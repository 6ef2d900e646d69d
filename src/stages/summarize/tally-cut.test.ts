import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tallyCuts } from './tally-cut.ts';
import { lastCandidate, summarized } from './test-story.ts';

const TALLIES = new Set(['8-3', '7-4']);
const cutOf = (sentence: string): string | null => {
  const c = lastCandidate('Budget', sentence);
  assert.ok(c, sentence);
  const cuts = tallyCuts(c.tokens, TALLIES);
  if (!cuts) return null;
  let out = sentence;
  for (const cut of [...cuts].reverse()) out = out.slice(0, cut.start) + out.slice(cut.end);
  return out;
};

test('a disputed tally is cut with the words that lead it, where what is left stands', () => {
  assert.equal(
    cutOf('The council passed the budget by a vote of 8-3 on Tuesday night.'),
    'The council passed the budget on Tuesday night.',
  );
  assert.equal(
    cutOf('Marlow councillors voted seven to four on Wednesday to approve the budget.'),
    'Marlow councillors voted on Wednesday to approve the budget.',
  );
  assert.equal(
    cutOf('The council approved the town budget 7-4 late Tuesday after a long session.'),
    'The council approved the town budget late Tuesday after a long session.',
  );
  // a tally a noun follows, after "was" or after a preposition does not cut cleanly
  assert.equal(cutOf('The council approved the town budget in a 7-4 vote on Tuesday night.'), null);
  assert.equal(cutOf('The final vote on the town budget was seven to four on Tuesday night.'), null);
  assert.equal(
    cutOf('The council approved the budget after a vote of seven to four on Tuesday night.'),
    null,
  );
});

// Invented: three outlets report one vote; two count it 8-3, one 7-4.
const VOTE = [
  {
    outlet: 'Marlow Daily',
    title: 'Marlow council passes budget',
    publishedAt: '2031-03-12T07:00:00Z',
    text: 'Marlow Town Council passed its 2031 budget by eight votes to three on Tuesday night, ending weeks of debate over library hours.\n\nMayor Ines Harrow said the budget was fair to every ward.',
  },
  {
    outlet: 'Valley Radio',
    publishedAt: '2031-03-12T09:00:00Z',
    text: 'Marlow Town Council passed its 2031 budget by 8 votes to 3 on Tuesday.\n\nMayor Ines Harrow said the budget was fair to every ward.',
  },
  {
    outlet: 'County Times',
    publishedAt: '2031-03-12T10:00:00Z',
    text: 'Marlow Town Council approved its 2031 budget by seven votes to four on Tuesday night.\n\nCouncillor Rafe Dunn said the library cuts went too far.',
  },
];

test('the summary tells that the vote passed, all agree on it, and leaves its disputed count out', () => {
  const { out } = summarized(VOTE, 60);
  const told = out.summary.map((s) => s.text).join(' | ');
  assert.match(told, /Marlow Town Council (?:passed|approved) its 2031 budget on Tuesday/, told);
  assert.doesNotMatch(told, /eight|three|seven|four|\b[78]\b/, told);
});
