import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../model/index.ts';
import { cluster } from './index.ts';
import { OutletNames } from './outlet-names.ts';
import { partition, segmented } from './test-articles.ts';

describe('OutletNames', () => {
  it('weighs less a name only one outlet of two or more holds', () => {
    const names = new OutletNames();
    names.observe([1, 2], 'valley echo');
    names.observe([1, 3], 'valley echo');
    assert.equal(names.scale(1), 1, 'one outlet in the run: every name is its own, none weighs less');
    names.observe([2, 4], 'corriston courier');
    assert.ok(names.scale(1) < 1, 'held by the echo alone');
    assert.equal(names.scale(2), 1, 'held by two outlets');
    names.observe([3], null);
    assert.equal(names.scale(3), 1, 'held by an article of an unknown outlet too');
    assert.ok(names.scale(4) < 1);
  });
});

// Invented: one week in Corriston. The Valley Echo tells a council meeting and a protest, quoting the same
// parent in both; the Courier and the Gazette tell each event too, and never name her.
const WEEK = [
  {
    outlet: 'Corriston Courier',
    publishedAt: '2026-10-05',
    title: 'Council weighs closing Dray Lane pool to save money',
    text: "Corriston's council on Monday heard a proposal to close the Dray Lane swimming pool, which the parks department says would save 400,000 pounds a year. Parks director Ivo Marsh told councillors the pool's boiler was failing. A decision is due later this month.",
  },
  {
    outlet: 'Corriston Gazette',
    publishedAt: '2026-10-05',
    title: 'Dray Lane pool could close, parks director tells council',
    text: 'The Dray Lane swimming pool could close next spring, parks director Ivo Marsh told the council on Monday, citing a failing boiler and a budget gap. Councillors will decide later this month.',
  },
  {
    outlet: 'Valley Echo',
    publishedAt: '2026-10-05',
    title: 'Dray Lane families vow to fight pool plan',
    text: 'At Monday\'s council meeting, parks director Ivo Marsh unveiled a scheme to close the Dray Lane pool. Fenna Holloway, whose two sons swim at Dray Lane every morning, was blunt. "They never ask the families who use it," Holloway said. Tobias Wren, who coaches the Kestrel Swimming Club at Dray Lane, said Kestrel would fight. Holloway and Wren will take their case to Mayor Ada Crane.',
  },
  {
    outlet: 'Corriston Courier',
    publishedAt: '2026-10-07',
    title: 'Hundreds march to save Dray Lane pool',
    text: 'About 300 people marched from the market square to the town hall on Wednesday evening to protest the planned closure of the Dray Lane pool. Organiser Pieter Lund handed Mayor Ada Crane a petition of 2,000 names.',
  },
  {
    outlet: 'Corriston Gazette',
    publishedAt: '2026-10-07',
    title: 'Marchers hand mayor petition against pool closure',
    text: 'Protesters marched to the town hall on Wednesday and handed Mayor Ada Crane a petition against closing the Dray Lane pool, organiser Pieter Lund said.',
  },
  {
    outlet: 'Valley Echo',
    publishedAt: '2026-10-07',
    title: 'Dray Lane families fight on for their pool',
    text: 'Families marched to the town hall on Wednesday to save the Dray Lane pool. Fenna Holloway held her younger son on her shoulders. "He learned to swim there," Holloway said. Tobias Wren, who coaches the Kestrel Swimming Club at Dray Lane, said Kestrel would fight on. Holloway and Wren spoke for the families.',
  },
];

const run = (records: readonly Record<string, string>[]) =>
  partition(cluster()(segmented(records), createContext()));

describe('a name only one outlet gives', () => {
  it("does not join that outlet's articles of two events", () => {
    // without the outlets, the Echo's two pieces are one story on the parent and the coach it alone quotes
    assert.deepEqual(run(WEEK.map(({ outlet: _, ...r }) => r)), [
      ['a1', 'a2'],
      ['a3', 'a6'],
      ['a4', 'a5'],
    ]);
    assert.deepEqual(run(WEEK), [
      ['a1', 'a2', 'a3'],
      ['a4', 'a5', 'a6'],
    ]);
  });
});
