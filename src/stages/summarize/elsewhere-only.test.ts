import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detailsOnlyHere, detailText, writtenNumbers } from './elsewhere-only.ts';
import { restShare, withoutDetails } from './elsewhere-rest.ts';
import { ONLY_HERE_REST_MIN } from './patterns.ts';
import { sentenceReader, summarized } from './test-story.ts';

// Two invented outlets on one border: the first tells the daily count at a crossing it alone names,
// the second the same count at the border; the first's remark on a fence is its own, whole.
const CROSSING = [
  {
    outlet: 'Northern Ledger',
    text: 'Ministers of Valdoria and Brennland met in Kelmar on Tuesday to discuss the northern border.\n\nAt the Dunmere crossing alone, border officials counted an average of 4,000 migrants a day.\n\nFarmers near the border said a new fence had been cut twice since the winter.\n\nThe ministers agreed to meet again in the summer.',
  },
  {
    outlet: 'Kelmar Post',
    text: 'The ministers of Valdoria and Brennland held talks in Kelmar on Tuesday about the border.\n\nAs many as 4,000 migrants a day were detained at the northern border.\n\nA ferry line to Brennland was closed after a storm.',
  },
];

// Two invented outlets on one ferry: the first tells the daily count of passengers with a count of
// children only it gives, the second the same daily count.
const FERRY = [
  {
    outlet: 'Harbor Ledger',
    text: 'The Halvik council met on Tuesday to weigh a plan for a new ferry pier.\n\nHarbour officials counted an average of 2,400 passengers a day on the old ferry, 700 of them schoolchildren.\n\nMayor Ilse Brandt said ferry fares would rise in June.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'The Halvik council met on Tuesday to weigh a plan for a new ferry pier.\n\nAs many as 2,400 passengers a day ride the old ferry, harbour officials said.\n\nFishermen in Halvik asked the council for help with the costs.',
  },
];

const singlePoints = (docs: readonly object[]) =>
  summarized(docs, 60).out.points.filter((p) => p.kind === 'single-source');

test('a point told elsewhere but for a name only its source gives names that detail', () => {
  const points = singlePoints(CROSSING);
  const all = points.map((p) => `${p.text} ${p.onlyHere}`).join(' | ');
  const dunmere = points.find((p) => /Dunmere crossing/.test(p.text));
  assert.deepEqual(dunmere?.onlyHere, ['Dunmere'], all);
  // a point no other source tells any of has no such detail
  const fence = points.find((p) => /fence had been cut/.test(p.text));
  assert.ok(fence, all);
  assert.equal(fence.onlyHere, undefined, all);
});

test('a figure no other source gives is a detail, and the rest of the fact is read without it', () => {
  const { articles } = summarized(FERRY, 60);
  const { read, idf } = sentenceReader(FERRY);
  const a = read('700 of them');
  const own = new Set(['a1']);
  // nothing held elsewhere but the count of passengers
  const context = {
    held: { name: () => false, date: () => false },
    mentions: () => [],
    figureHeld: (f: { value: number }) => f.value === 2400,
  };
  const found = detailsOnlyHere(a, own, context);
  assert.deepEqual(
    found.map((d) => [d.kind, detailText(a, d, articles)]),
    // ("Harbour", the sentence's first word, names nothing the extract stage found: no name)
    [['figure', '700']],
  );
  const rest = withoutDetails(a, found, []);
  assert.ok(rest);
  assert.deepEqual(
    rest.claim.figures.map((f) => f.value),
    [2400],
  );
  assert.ok(!rest.claim.tokens.some((t) => t.text === '700'));
  assert.ok(restShare(a, rest, idf) >= ONLY_HERE_REST_MIN);
  // the fact less all its words is no claim
  assert.equal(withoutDetails(a, [{ kind: 'name', at: a.claim.tokens.map((_, k) => k) }], []), null);
});

test('writtenNumbers reads a thousands separator spaced or left out as one number', () => {
  const cases: [string, number[]][] = [
    ['The sect is believed to have about 10, 000 followers.', [10000]],
    ['An estimated 10,000 members live there.', [10000]],
    ['Some 10000 people came, 2.5 times more.', [10000, 2.5]],
    ['It rose 3, then 4 points.', [3, 4]],
  ];
  for (const [text, numbers] of cases) assert.deepEqual([...writtenNumbers(text)], numbers, text);
});
