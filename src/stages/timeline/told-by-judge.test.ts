import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfCompared } from './story-fixture.ts';

// newuser19 #13: a row cited an article whose sentence of that day tells another deed ("groups warned
// on Monday …" cited for "unveiled a plan on Monday"). Another article's sentence is cited only where the
// support judge reads it as stating the row (285edf4b, newuser22 #5: since then one of the lead's verb
// class is judged too, so "announced the recycling plan on Monday as part of a budget …", which tells
// neither the region-wide overhaul nor the depot, is a row of its own). Invented articles of one Tuesday.
const ARTICLES = [
  {
    outlet: 'Coast Radio',
    publishedAt: '2026-11-17T07:00:00Z',
    text: 'Council leader Ivo Saren on Monday unveiled a plan to overhaul recycling across the region, with a new depot at Dunmore Point.\n\nThe plan goes to a council vote next month.',
  },
  {
    outlet: 'Linmouth Post',
    publishedAt: '2026-11-17T08:00:00Z',
    text: "Environmental groups warned on Monday that the council's recycling plan would close village depots, as council leader Ivo Saren set out plans for a depot at Dunmore Point.\n\nThe groups said older residents would struggle to reach the new site.",
  },
  {
    outlet: 'Valley Standard',
    publishedAt: '2026-11-17T09:00:00Z',
    text: 'Council leader Ivo Saren announced the recycling plan on Monday as part of a budget that aims to cut waste costs by a fifth.\n\nOpposition councillors called the plan rushed.',
  },
];

test('timeline: a row cites another article of another deed that day only where the judge reads it as stating the row', () => {
  const events = timelineOfCompared(ARTICLES).filter((e) => e.date === '2026-11-16');
  const rows = events.map((e) => [
    e.text.split(' ').slice(0, 3).join(' '),
    e.citations.map((c) => c.articleId),
  ]);
  assert.deepEqual(
    rows,
    [
      ['Council leader Ivo', ['a1']],
      ['Environmental groups warned', ['a2']],
      ['Council leader Ivo', ['a3']],
    ],
    JSON.stringify(events),
  );
});
