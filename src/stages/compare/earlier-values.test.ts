import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser20 (session 41), a night editor's five outlets on local stories. Invented articles.
// 1. A rising toll told in other wording ("At least 12 people were killed" at 09:00, "The death toll
//    rose to 15" at 20:00, "Fifteen people are now known to have died") is one measure over time, an
//    update at least 12 → 15, not two unrelated counts.
// 2. An outlet whose article was published before another's update is out of date, not contradicting
//    it: its mark on the newer value's fact says it gave the earlier value before the update.
type Seed = readonly [string, string, string];
const compareAt = (seeds: readonly Seed[]) =>
  runCompare(seeds.map(([text, outlet, publishedAt]) => [text, { outlet, publishedAt }] as const));

const TOLL: readonly Seed[] = [
  [
    'At least 12 people were killed when a coach left the road on the Farrow Pass near Tolby on Tuesday morning, police said.\n\nThe coach was carrying 40 passengers to the coast.',
    'Tolby Morning Post',
    '2027-03-02T09:00:00Z',
  ],
  [
    'The death toll rose to 15 on Tuesday evening after three injured passengers died in hospital, police said.\n\nThe coach, carrying 40 passengers to the coast, left the road on the Farrow Pass.',
    'Valley Herald',
    '2027-03-02T20:00:00Z',
  ],
  [
    'Fifteen people are now known to have died after a coach left the road on the Farrow Pass near Tolby on Tuesday, police said.\n\nThe coach was carrying 40 passengers.',
    'Ridge Radio',
    '2027-03-02T21:30:00Z',
  ],
];

test('a lower bound a later count raised, in other wording, is one update: at least 12 → 15', () => {
  const { result, docs } = compareAt(TOLL);
  const d = (result.differences ?? []).filter((x) => x.sides.some((s) => s.value?.number === 15));
  assert.equal(d.length, 1, JSON.stringify(result.differences));
  assert.equal(d[0]?.update, true);
  assert.deepEqual(
    d[0]?.sides.map((s) => [s.value?.number, s.value?.qualifier]),
    [
      [12, 'at least'],
      [15, undefined],
    ],
  );
  // both later outlets are on the newer side, "now known to have died" read as a count of the dead
  assert.deepEqual([...new Set(d[0]?.sides[1]?.evidence.map((e) => e.articleId))].sort(), ['a2', 'a3']);
  // the 12 outlet is ✓ on no fact that gives 15
  const text = (id: string, s: { start: number; end: number }) =>
    docs.find((x) => x.article.id === id)?.article.text.slice(s.start, s.end) ?? '';
  for (const f of result.facts) {
    const own = f.evidence[0];
    if (own && /\b15\b|Fifteen/.test(text(own.articleId, own.span)))
      assert.notEqual(f.coverage.a1?.mark, 'supports', f.text);
  }
});

test('a lower bound told after the larger count is no update of it', () => {
  const { result } = compareAt([
    [
      '15 people were killed when a coach left the road on the Farrow Pass near Tolby on Tuesday morning, police said.',
      'Tolby Morning Post',
      '2027-03-02T09:00:00Z',
    ],
    [
      'At least 12 people have now died after a coach left the road on the Farrow Pass near Tolby, police said.',
      'Valley Herald',
      '2027-03-02T20:00:00Z',
    ],
  ]);
  assert.ok(
    (result.differences ?? []).every((d) => !d.update),
    JSON.stringify(result.differences),
  );
});

const WAITING = (second: Seed): readonly Seed[] => [
  [
    'Some 41,000 patients are waiting for a routine operation in Dunholm, the health board said on Monday.\n\nNurses at Dunholm General have warned about staffing since the winter.',
    'Dunholm Gazette',
    '2027-04-05T08:00:00Z',
  ],
  second,
  [
    'A total of 47,500 patients are waiting for a routine operation in Dunholm, the health board said.\n\nPatient groups called for an independent review of the board.',
    'North Shore Radio',
    '2027-04-05T15:00:00Z',
  ],
];
const REVISED: Seed = [
  'The number of patients waiting for a routine operation in Dunholm was revised to 47,500 from 41,000 on Monday, the health board said.\n\nOfficials blamed a records error at one clinic.',
  'Fenway Courier',
  '2027-04-05T14:00:00Z',
];

test('an outlet told before the update gives the earlier value: out of date, not another account', () => {
  const { result } = compareAt(WAITING(REVISED));
  const d = (result.differences ?? []).filter((x) => x.sides.some((s) => s.value?.number === 47500));
  assert.equal(d.length, 1, JSON.stringify(result.differences));
  assert.equal(d[0]?.update, true, JSON.stringify(d[0]));
  const newer = result.facts.find((f) => f.text.includes('47,500 patients are waiting'));
  assert.equal(newer?.coverage.a1?.told, 'earlier-value', JSON.stringify(newer?.coverage));
  assert.match(newer?.coverage.a1?.reason ?? '', /told before the update/);
  // the revising outlet's "from 41,000" is no ✓ of "Some 41,000 patients are waiting"
  const older = result.facts.find((f) => f.text.startsWith('Some 41,000'));
  assert.notEqual(older?.coverage.a2?.mark, 'supports', JSON.stringify(older?.coverage));
});

test('two values told at one time, no change told, stay another value (≠), not an earlier one', () => {
  const { result } = compareAt(
    WAITING([
      'The health board said 47,500 patients are waiting for a routine operation in Dunholm.\n\nTwo wards at Dunholm General have been shut since the winter.',
      'Fenway Courier',
      '2027-04-05T08:00:00Z',
    ]).map(([text, outlet]) => [text, outlet, '2027-04-05T08:00:00Z'] as const),
  );
  assert.ok(
    (result.differences ?? []).every((d) => !d.update),
    JSON.stringify(result.differences),
  );
  const newer = result.facts.find((f) => f.text.includes('47,500 patients are waiting'));
  assert.equal(newer?.coverage.a1?.told, 'other-value', JSON.stringify(newer?.coverage));
});
