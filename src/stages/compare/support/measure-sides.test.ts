import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { comparedStory, segmented } from '../../compared-story.ts';

// An invented story of a town's budget vote, run through extract and compare: its differences to
// check and conflicts (fixes33, newuser11 #14 and #17: both fail before: two "budget (GBP)" entries,
// and no entry for the vote's count).
function differencesOf(docs: readonly { outlet: string; text: string }[]) {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(docs, ctx), ctx);
  return [...comparison.conflicts, ...(comparison.differences ?? [])];
}

const BUDGET = [
  {
    outlet: 'Kessel Gazette',
    text: 'Tarrow town council approved a £42.5 million budget on Thursday by seven votes to four.\n\nCouncil tax will rise by 4.9 per cent from April.',
  },
  {
    outlet: 'Orrin Echo',
    text: 'Tarrow councillors voted eight to three on Thursday to approve a £45 million budget for 2027.\n\nAbout 200 residents protested outside the hall.',
  },
  {
    outlet: 'Harl Post',
    text: 'Tarrow town council on Thursday passed a budget of £42.5 million, raising council tax by 4.9 per cent.\n\nThe debate lasted three hours.',
  },
  {
    outlet: 'East Ward News',
    text: 'The council approved a budget of £45 million on Thursday, raising council tax by 4.9 per cent.\n\nA petition has 1,200 names.',
  },
];

const articlesOf = (side: { evidence: readonly { articleId: string }[] }) =>
  side.evidence.map((e) => e.articleId).sort();

test('one measure with two values across four outlets is one difference, each value a side with all its articles', () => {
  const found = differencesOf(BUDGET);
  const budget = found.filter((c) => c.about === 'budget (GBP)');
  assert.equal(budget.length, 1, JSON.stringify(found.map((c) => c.about)));
  assert.deepEqual(budget[0]?.sides.map(articlesOf).sort(), [
    ['a1', 'a3'],
    ['a2', 'a4'],
  ]);
});

test('the vote count two sides give otherwise is a difference of its own, to check', () => {
  const found = differencesOf(BUDGET);
  const votes = found.filter((c) => c.about === 'vote count');
  assert.equal(votes.length, 1, JSON.stringify(found.map((c) => c.about)));
  assert.deepEqual(votes[0]?.sides.map(articlesOf), [['a1'], ['a2']]);
});

test('one vote count told alike on both sides is no difference', () => {
  const found = differencesOf([
    {
      outlet: 'Kessel Gazette',
      text: 'Tarrow town council approved a £42.5 million budget on Thursday by seven votes to four.',
    },
    {
      outlet: 'Orrin Echo',
      text: 'Tarrow councillors voted seven to four on Thursday to approve a £45 million budget.',
    },
  ]);
  assert.ok(!found.some((c) => c.about === 'vote count'), JSON.stringify(found));
});

// midreview33 finding 10: a count of another vote or game (an amendment's vote in a clause of its own,
// last week's match in a relative clause) is no side of this one's count (both fail before: a "vote
// count" 7-4 / 8-3 and a "tally" 3-1 / 2-0 beside the differences of the budget and the crowd)
test('a tally in another clause counts another vote or game: no count difference', () => {
  const budget = differencesOf([
    {
      outlet: 'Kessel Gazette',
      text: 'Tarrow town council approved a £42.5 million budget on Thursday by seven votes to four.',
    },
    {
      outlet: 'Orrin Echo',
      text: 'Tarrow town council approved a £45 million budget on Thursday after an amendment to cut it failed by eight votes to three.',
    },
  ]);
  assert.ok(
    budget.some((c) => c.about === 'budget (GBP)'),
    JSON.stringify(budget.map((c) => c.about)),
  );
  assert.ok(!budget.some((c) => c.about === 'vote count'), JSON.stringify(budget.map((c) => c.about)));
  const match = differencesOf([
    {
      outlet: 'Kessel Gazette',
      text: 'Kell Rovers beat Pell Town 3-1 on Saturday in front of 4,200 fans at Dunmore Park.',
    },
    {
      outlet: 'Orrin Echo',
      text: 'Kell Rovers, who lost 2-0 at home a week earlier, beat Pell Town on Saturday in front of 4,500 fans at Dunmore Park.',
    },
  ]);
  assert.ok(!match.some((c) => c.about === 'tally'), JSON.stringify(match.map((c) => c.about)));
});
