import { test } from 'node:test';
import { assertToldElsewhere } from './test-story.ts';

// Three invented outlets on one month's jobs figures in Halvik: the first tells the jobless rate's rise
// in a verb with its particle, the second only in its headline, in another verb; the first's line on
// the rate for young workers, which fell, is its own.
const JOBS = [
  {
    outlet: 'Harbor Ledger',
    title: 'Halvik adds jobs in June',
    text: 'Employers in Halvik added 2,100 jobs in June, the city’s labour office said on Friday.\n\nThe jobless rate in Halvik ticked up last month, but analysts welcomed the increase.\n\nThe jobless rate for young workers in Halvik ticked down in June.\n\nShipyards and hotels hired the most workers.',
  },
  {
    outlet: 'Morrow Gazette',
    title: 'Halvik jobless rate rises for the right reasons',
    text: 'Employers in Halvik added 2,100 jobs in June, according to the labour office.\n\nMore people in Halvik started looking for work as the summer season opened.\n\nThe ferry company hired 300 deckhands.',
  },
];

test('a rise told only by another outlet’s headline in another verb of the same direction is not one source’s', () => {
  assertToldElsewhere(JOBS, /jobless rate in Halvik ticked up/, [/young workers in Halvik ticked down/]);
});

// The same outlets, but the first tells a fall of the rate, and the second's headline a rise of wages
// and a fall of another measure: neither tells the fall.
const FALL = [
  {
    ...(JOBS[0] as object),
    text: (JOBS[0]?.text ?? '').replace('ticked up last month, but', 'ticked down last month, and'),
  },
  {
    ...(JOBS[1] as object),
    title: 'Halvik wages rise as jobless rate for young workers falls',
  },
];

test('a fall is not told by a headline’s rise, nor a rate by the change of another measure', () => {
  assertToldElsewhere(JOBS, /jobless rate in Halvik ticked up/, []);
  assertToldElsewhere(
    [JOBS[0] as object, { ...(JOBS[1] as object), title: 'Halvik jobless rate falls for the right reasons' }],
    /^$/,
    [/jobless rate in Halvik ticked up/],
  );
  assertToldElsewhere(FALL, /^$/, [/jobless rate in Halvik ticked down/]);
});

// The second outlet's headline tells the change of a narrower measure (a modifier the fact's measure
// lacks) or over another span of time (years, where the fact tells a month): neither tells the fact.
test('a headline’s change of another measure or over another span does not tell the fact', () => {
  for (const title of ['Halvik youth jobless rate rises', 'Halvik jobless rate rises for third year'])
    assertToldElsewhere([JOBS[0] as object, { ...(JOBS[1] as object), title }], /^$/, [
      /jobless rate in Halvik ticked up/,
    ]);
  // the same measure, and over a span that holds the fact's month, is still told
  for (const title of ['Halvik jobless rate rises', 'Halvik jobless rate rises for a second month'])
    assertToldElsewhere(
      [JOBS[0] as object, { ...(JOBS[1] as object), title }],
      /jobless rate in Halvik ticked up/,
      [/young workers in Halvik ticked down/],
    );
});
