import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { segmented } from '../compared-story.ts';
import { articleDays, inPeriods } from './periods.ts';
import { summarized } from './test-story.ts';

// An invented story over two periods: a town's budget vote, told by three outlets on the night and
// the morning after, and two weeks later the vote that reversed one of its cuts (one report undated,
// its day told in its first sentence).
const BUDGET = [
  {
    outlet: 'Dunmere Herald',
    title: 'Council passes £38m budget with pool closures',
    publishedAt: '2026-03-03T21:30:00Z',
    text: 'Dunmere town council approved a £38 million budget on Tuesday night after a three-hour debate.\n\nThe budget closes the Saltgate and Pennick swimming pools by the autumn.\n\nThe vote was nine to four.',
  },
  {
    outlet: 'Coastline Gazette',
    title: 'Dunmere budget approved as pools face closure',
    publishedAt: '2026-03-04T07:00:00Z',
    text: 'Councillors in Dunmere approved a £38 million budget on Tuesday.\n\nThe swimming pools in Saltgate and Pennick will close by the autumn.\n\nParking charges will rise from June.',
  },
  {
    outlet: 'Radio Dunmere',
    title: 'Dunmere council backs budget',
    publishedAt: '2026-03-04T08:00:00Z',
    text: 'Dunmere council has passed its £38 million budget.\n\nFees at the town museum will double from April.\n\nThe council tax will rise by 3 per cent.',
  },
  {
    outlet: 'Radio Dunmere',
    title: 'Saltgate pool saved in budget change',
    text: 'Dunmere town council voted on Tuesday, March 17, 2026, to keep the Saltgate swimming pool open, reversing part of the budget it passed two weeks ago.\n\nThe £300,000 a year needed to run the pool will come from the council reserves.',
  },
  {
    outlet: 'Coastline Gazette',
    title: 'Council spares Saltgate pool',
    publishedAt: '2026-03-18',
    text: 'Dunmere council has reversed its decision to close the Saltgate swimming pool.\n\nThe Pennick pool will still close in the autumn.',
  },
];

test('a story told over two periods is summarized in order: the vote first, its reversal after', () => {
  const { out } = summarized(BUDGET, 400);
  const texts = out.summary.map((s) => s.text);
  const all = texts.join(' | ');
  const reversal = texts.findIndex((t) =>
    /keep the Saltgate swimming pool open|reversed its decision/.test(t),
  );
  const vote = texts.findIndex((t) => /approved a £38 million budget|passed its £38 million budget/.test(t));
  assert.ok(reversal >= 0 && vote >= 0, all);
  // what happened first opens the summary: the vote, told as the event; every sentence of the
  // reversal comes after every sentence of the vote's days
  assert.equal(vote, 0, all);
  const later = out.summary.map((s) => s.citations[0]?.articleId).map((id) => id === 'a4' || id === 'a5');
  assert.equal(later.indexOf(true), texts.length - later.filter(Boolean).length, all);
  // and the headline is the vote's, not the follow-up's
  assert.ok(!/Saltgate pool|spares/.test(out.headline ?? ''), out.headline ?? 'no headline');
});

test('an undated article among dated ones is placed by the latest full date it tells as done; a story with no dated article has no days', () => {
  const ctx = createContext();
  const days = articleDays(segmented(BUDGET, ctx));
  // 2026-03-03 is day 20515; the undated reversal tells March 17
  assert.deepEqual(days, [20515, 20516, 20516, 20529, 20530]);
  const undated = BUDGET.map(({ publishedAt: _, ...d }) => d);
  assert.deepEqual(articleDays(segmented(undated, ctx)), [null, null, null, null, null]);
});

test('sentences are told period by period from the event, each period in the order given', () => {
  const day = (s: string) => (s.startsWith('x') ? null : Number(s.slice(1, 2)));
  const lede = (s: string) => s.endsWith('L');
  // days 1 and 2 are one period, day 9 another; an undated sentence goes with the event's
  assert.deepEqual(inPeriods(['d9L', 'd1L', 'x', 'd2', 'd9'], day, lede), ['d1L', 'x', 'd2', 'd9L', 'd9']);
  // one period keeps the order
  assert.deepEqual(inPeriods(['d2', 'd1L', 'd3'], day, lede), ['d2', 'd1L', 'd3']);
  // the opener chosen went to a later period: the event's period opens with its lede
  assert.deepEqual(inPeriods(['d9L', 'd1', 'd2L'], day, lede), ['d2L', 'd1', 'd9L']);
  // a preview's days before the event's start no period: the story keeps its order
  assert.deepEqual(inPeriods(['d9L', 'd1', 'd9'], day, lede), ['d9L', 'd1', 'd9']);
});

test('an undated article is not placed by a birth it tells (review36-A: an obituary was put in 1931)', () => {
  const days = articleDays(
    segmented(
      [
        {
          outlet: 'Dorrin Post',
          title: 'Potter Ilse Varga dies',
          publishedAt: '2026-03-05T09:00:00Z',
          text: 'The potter Ilse Varga died on Thursday in Dorrin, her son said.\n\nHer bowls are in museums across Vessmark.',
        },
        {
          outlet: 'Vessmark Radio',
          title: 'Ilse Varga has died',
          text: 'Ilse Varga, the Dorrin potter, died on Thursday, her son said.\n\nShe was born on April 2, 1931, in Kallin.',
        },
      ],
      createContext(),
    ),
  );
  // the obituary tells no day of its own (2026-03-05 is day 20517): none, not 1931's
  assert.deepEqual(days, [20517, null]);
});
