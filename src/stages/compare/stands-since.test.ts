import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented dated coverage (newuser23 #3): a count told as where it stands since ("about 300 residents
// remain out of their homes") on a later day than an article's other value ("About 900 residents
// remain out of their homes") is that count's update, not outlets differing, and the earlier article
// is no ≠ for it.

const EARLY = { publishedAt: '2031-03-04T18:00:00-05:00' };
const LATE = { publishedAt: '2031-03-05T18:00:00-05:00' };
const LATER = { publishedAt: '2031-03-05T19:00:00-05:00' };
const REMAIN = (n: number) =>
  `About ${n} residents remain out of their homes after the landslide at the Arlen quarry, the county said.`;

test('a later count told as where it stands since is an update of the earlier one, with no ≠', () => {
  const { result } = runCompare([
    [REMAIN(900), EARLY],
    [REMAIN(250), LATE],
    [REMAIN(250), LATER],
  ]);
  const rows = (result.differences ?? []).filter((d) => d.kind === 'figure');
  assert.ok(rows.length > 0, 'a figure row');
  for (const d of rows) assert.equal(d.update, true, JSON.stringify(d));
  const fact = result.facts.find((f) => /About 250/.test(f.text));
  assert.ok(fact, 'the later count is a fact');
  assert.notEqual(fact.coverage.a1?.told, 'other-value');
});

test('the earlier article is no ≠ where only the fact’s sources tell it as where it stands', () => {
  // (no update row pairs the earlier article's sentence with the fact's: "—", not "≠")
  const CLOSEST =
    'Residents who live closest to the Arlen quarry, about 250 people, remain out of their homes after the landslide.';
  const { result } = runCompare([
    ['About 900 residents remain out of their homes after the landslide at the Arlen quarry.', EARLY],
    [CLOSEST, LATE],
    [CLOSEST, LATER],
  ]);
  const fact = result.facts.find((f) => /about 250/.test(f.text));
  assert.ok(fact, 'the later count is a fact');
  assert.notEqual(fact.coverage.a1?.told, 'other-value');
});

test('without a word of where it stands, two days’ counts are no update', () => {
  const { result } = runCompare([
    ['About 900 residents were evacuated after the landslide at the Arlen quarry, the county said.', EARLY],
    ['About 250 residents were evacuated after the landslide at the Arlen quarry, the county said.', LATE],
  ]);
  for (const d of (result.differences ?? []).filter((x) => x.kind === 'figure'))
    assert.notEqual(d.update, true);
});

test('a word of where something else stands, in another clause, makes no update (review44c of 31b5fc13)', () => {
  // ("the road is still closed", "whose causes remain unclear": the counts are two accounts of one
  // evacuation, not its state since)
  for (const tail of [', and the road is still closed', ', whose causes remain unclear'])
    for (const d of runCompare([
      ['About 900 residents were evacuated after the landslide at the Arlen quarry, the county said.', EARLY],
      [
        `About 250 residents were evacuated after the landslide at the Arlen quarry${tail}, the county said.`,
        LATE,
      ],
      [
        `About 250 residents were evacuated after the landslide at the Arlen quarry${tail}, officials said.`,
        LATER,
      ],
    ]).result.differences?.filter((x) => x.kind === 'figure') ?? [])
      assert.notEqual(d.update, true, tail);
});

test('a thing widened beside a count makes no update (review44c of 6080a17b)', () => {
  // ("Crews widened the levee … where about 1,200 residents live" counts no evacuated residents)
  const { result } = runCompare([
    ['About 400 residents were forced from their homes by the flooding in Kelby, the county said.', EARLY],
    [
      'About 1,200 residents have been forced from their homes in Kelby since the county widened the evacuation zone, the county said.',
      LATE,
    ],
    ['Crews widened the levee near Kelby, where about 1,200 residents live, the county said.', LATER],
  ]);
  for (const d of (result.differences ?? []).filter((x) => x.kind === 'figure'))
    assert.notEqual(d.update, true);
});

test('the omissions read "remain" in the count’s own clause too: another clause’s leaves the earlier ≠', () => {
  // (", whose causes remain unclear" tells no state of the 250: the earlier 900 is another account)
  const told = (who: string) =>
    `About 250 residents were evacuated after the landslide at the Arlen quarry, whose causes remain unclear, ${who} said.`;
  const { result } = runCompare([
    ['About 900 residents were evacuated after the landslide at the Arlen quarry, the county said.', EARLY],
    [told('the county'), LATE],
    [told('officials'), LATER],
  ]);
  const fact = result.facts.find((f) => /About 250/.test(f.text));
  assert.ok(fact, 'the later count is a fact');
  assert.equal(fact.coverage.a1?.told, 'other-value');
});
