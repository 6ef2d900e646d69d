import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser22 #8: an outlet that gives none of the values of a figure other outlets tell (even with
// different values) is listed as leaving it out, by the difference's id; an outlet that gives a
// value near them, or wrote before every telling, is not. Invented articles.
const at = (outlet: string, hour: string) => ({ outlet, publishedAt: `2027-05-${hour}:00Z` });
const WIRE =
  'A ferry carrying 64 people, 12 of them children, reached the port of Dunmere on Saturday after three days at sea, the harbour police said.\n\nTwo people were taken to hospital.';
const PAPER =
  'Sixty-four asylum seekers, among them 15 children, were brought ashore at Dunmere on Saturday after their ferry lost power, the harbour police said.\n\nThe ferry had drifted for a day.';

test('an outlet that tells the ferry but no count of its children is listed as silent on it', () => {
  const { result } = runCompare([
    [WIRE, at('Vellor Echo', '01T10:00')],
    [PAPER, at('Coastline Wire', '01T12:00')],
    [
      'More than 60 migrants landed at Dunmere on Saturday, the latest boat this month.\n\nLocals said the harbour was full.',
      at('Dunmere Times', '01T13:00'),
    ],
    [
      'A ferry reached Dunmere on Saturday after drifting for a day, the harbour police said.\n\nAbout 13 children were on board.',
      at('Harbour Post', '01T14:00'),
    ],
  ]);
  const children = (result.differences ?? []).find((d) => d.about === 'children');
  assert.ok(children, JSON.stringify(result.differences));
  const silent = Object.entries(result.omissions)
    .filter(([, ids]) => ids.includes(children.id))
    .map(([id]) => id);
  assert.deepEqual(silent, ['a3']);
});

test('an outlet that wrote before every telling of the figure is not silent on it', () => {
  const { result } = runCompare([
    [
      'A ferry in distress was reported off Dunmere late on Friday, the harbour police said.\n\nRescue boats were sent out.',
      at('Dunmere Times', '01T06:00'),
    ],
    [WIRE, at('Vellor Echo', '01T10:00')],
    [PAPER, at('Coastline Wire', '01T12:00')],
  ]);
  const children = (result.differences ?? []).find((d) => d.about === 'children');
  assert.ok(children, JSON.stringify(result.differences));
  assert.deepEqual(result.omissions.a1 ?? [], []);
});

test('an outlet that gives the count in words, as a part of those on board, is not silent on it', () => {
  // (review44c of d2389460: "Thirteen of those on board were minors" tells 13 children)
  const { result } = runCompare([
    [WIRE, at('Vellor Echo', '01T10:00')],
    [PAPER, at('Coastline Wire', '01T12:00')],
    [
      'A ferry reached Dunmere on Saturday after drifting for three days, the harbour police said.\n\nThirteen of those on board were minors.',
      at('Dunmere Times', '01T13:00'),
    ],
  ]);
  const children = (result.differences ?? []).find((d) => d.about === 'children');
  assert.ok(children, JSON.stringify(result.differences));
  assert.deepEqual(result.omissions.a3 ?? [], []);
});
