import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser22 #6: one count of the story's event that two outlets' leads give other values of is a
// difference to check, with who gives each value; two measures never are. Invented articles.
const at = (outlet: string, hour: number) => ({ outlet, publishedAt: `2027-05-01T${hour}:00:00Z` });

test('the children on one ferry, 12 in one lead and 15 in another, are listed side by side', () => {
  const { result } = runCompare([
    [
      'A ferry carrying 64 people, 12 of them children, reached the port of Dunmere on Saturday after three days at sea, the harbour police said.\n\nTwo people were taken to hospital.',
      at('Vellor Echo', 10),
    ],
    [
      'Sixty-four asylum seekers, among them 15 children, were brought ashore at Dunmere on Saturday after their ferry lost power, the harbour police said.\n\nThe ferry had drifted for a day.',
      at('Coastline Wire', 12),
    ],
  ]);
  const d = (result.differences ?? []).filter((x) => x.about === 'children');
  assert.equal(d.length, 1, JSON.stringify(result.differences));
  assert.notEqual(d[0]?.update, true);
  assert.deepEqual(
    d[0]?.sides.map((s) => [s.value?.number, s.evidence.map((e) => e.articleId)]),
    [
      [12, ['a1']],
      [15, ['a2']],
    ],
  );
});

test('a count of this year and a count of one ferry, or children and all people, are never one', () => {
  const { result } = runCompare([
    [
      'A ferry carrying 64 people reached the port of Dunmere on Saturday, the harbour police said.\n\nTwo people were taken to hospital.',
      at('Vellor Echo', 10),
    ],
    [
      'About 2,300 people have reached Dunmere by sea this year, the harbour police said on Saturday as another ferry arrived.\n\nThe ferry had drifted for a day.',
      at('Coastline Wire', 12),
    ],
    [
      'Fifteen children were among those brought ashore at Dunmere on Saturday, the harbour police said.\n\nThe ferry had drifted for a day.',
      at('Dunmere Times', 13),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});

test('one outlet that gives two values in two leads is no difference between outlets', () => {
  const { result } = runCompare([
    [
      'A ferry carrying 64 people, 12 of them children, reached the port of Dunmere on Saturday, the harbour police said.\n\nTwo people were taken to hospital.',
      at('Vellor Echo', 10),
    ],
    [
      'A second ferry carrying 40 people, 9 of them children, reached the port of Dunmere on Saturday evening, the harbour police said.\n\nNo one was hurt.',
      at('Vellor Echo', 18),
    ],
  ]);
  assert.deepEqual(
    (result.differences ?? []).filter((d) => d.about === 'children'),
    [],
  );
});

test('an expected count and the count of what happened are two measures', () => {
  const { result } = runCompare([
    [
      'Organisers expect 10,000 runners to take part in the Dunmere marathon on Sunday, the city council said.\n\nRoads will close at dawn.',
      at('Vellor Echo', 10),
    ],
    [
      'About 8,000 runners took part in the Dunmere marathon on Sunday, the city council said.\n\nRoads reopened at noon.',
      at('Coastline Wire', 12),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});

test('two counts of one thing told by two predicates are two measures', () => {
  const { result } = runCompare([
    [
      'Volunteers in Vellor repaired 40 bicycles at the depot on Monday, the council said.\n\nThe depot opens again next week.',
      at('Vellor Echo', 10),
    ],
    [
      'Thieves stole 300 bicycles in Vellor last winter, police said on Monday.\n\nMost were never found.',
      at('Coastline Wire', 12),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});

// newuser23 #9: on the first day one outlet's lead said three workers were injured and about 400
// residents forced from their homes, the wire's four hurt and about 600 evacuated; neither was listed
// (each lead named a place the other lead did not: the plant and its road, the town).
test('two leads of one event that name it otherwise give their counts side by side, one row per measure', () => {
  const { result } = runCompare([
    [
      'A fire tore through a depot at the Orsk Coatings plant on Kiln Road early Monday, injuring three workers and forcing about 400 residents from their homes, officials said.\n\nThe plant stands at the edge of Vellby.',
      at('Vellby Ledger', 10),
    ],
    [
      'Four workers were hurt and about 600 people were evacuated after a fire broke out at a paint plant in Vellby, fire officials said Monday.\n\nThe fire started in a depot at the Orsk Coatings plant on Kiln Road.',
      at('Coastline Wire', 12),
    ],
  ]);
  const rows = (result.differences ?? []).map((d) => [
    d.about,
    d.sides.map((s) => [s.value?.number, s.evidence.map((e) => e.articleId)]),
  ]);
  assert.deepEqual(rows, [
    [
      'injuring',
      [
        [3, ['a1']],
        [4, ['a2']],
      ],
    ],
    [
      'evacuation',
      [
        [400, ['a1']],
        [600, ['a2']],
      ],
    ],
  ]);
});

test('two leads that each name a place the other article never names count two events', () => {
  const { result } = runCompare([
    [
      'A fire at a paint plant in Vellby injured three workers on Monday, officials said.\n\nThe plant makes coatings.',
      at('Vellby Ledger', 10),
    ],
    [
      'Four workers were hurt when a crane fell at the docks in Dunmere on Monday, police said.\n\nThe docks reopened at noon.',
      at('Coastline Wire', 12),
    ],
  ]);
  assert.deepEqual(result.differences ?? [], []);
});

// Session 45's CI: a live page's lead updated in the evening to a higher toll, beside another outlet's
// morning count, became a summary's "Reports differ" (a toll that rose). Counts of one measure are a
// difference to check only when their texts were written at about the same time.
const LEDGER =
  'A fire tore through a depot at the Orsk Coatings plant on Kiln Road early Monday, injuring three workers and forcing about 400 residents from their homes, officials said.\n\nThe plant stands at the edge of Vellby.';
const WIRE =
  'Four workers were hurt and about 600 people were evacuated after a fire broke out at a paint plant in Vellby, fire officials said Monday.\n\nThe fire started in a depot at the Orsk Coatings plant on Kiln Road.';
const leadRows = (result: ReturnType<typeof runCompare>['result']) =>
  (result.differences ?? []).map((d) => [d.about, d.sides.map((s) => s.value?.number)]);

test('larger counts from a text updated clearly later may be tolls that rose: not listed beside the morning ones', () => {
  const { result } = runCompare([
    [LEDGER, at('Vellby Ledger', 10)],
    [WIRE, { ...at('Coastline Wire', 10), modifiedAt: '2027-05-01T18:45:00Z' }],
  ]);
  assert.deepEqual(leadRows(result), []);
});

test('the same counts told within a few hours, on one day given alone, or the smaller later, are listed', () => {
  for (const [ledger, wire] of [
    [at('Vellby Ledger', 10), at('Coastline Wire', 12)],
    [at('Vellby Ledger', 10), { outlet: 'Coastline Wire', publishedAt: '2027-05-01' }],
    [{ ...at('Vellby Ledger', 10), modifiedAt: '2027-05-01T20:00:00Z' }, at('Coastline Wire', 10)],
  ] as const) {
    const { result } = runCompare([
      [LEDGER, ledger],
      [WIRE, wire],
    ]);
    assert.deepEqual(
      leadRows(result),
      [
        ['injuring', [3, 4]],
        ['evacuation', [400, 600]],
      ],
      JSON.stringify([ledger, wire]),
    );
  }
});
