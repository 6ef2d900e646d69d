import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmented } from '../../src/stages/cluster/test-articles.ts';
import { compare, formatSignatures, signatureOf, tallySignatures } from './cluster-signature.ts';

// Invented articles: two tellings of one takeover, a look-alike takeover by the same buyer, and two
// quakes of one island a year apart.
const [take1, take2, other, quake1, quake2] = segmented([
  {
    title: 'Harlow Foods to acquire Brenton Dairy',
    text: 'Harlow Foods agreed on Monday to acquire Brenton Dairy, the firm said.',
  },
  {
    title: 'Grocer buys dairy',
    text: 'The grocer Harlow Foods will acquire Brenton Dairy for 40 million crowns, its chief said.',
  },
  {
    title: 'Harlow Foods to acquire Kestrel Mills',
    text: 'Harlow Foods agreed on Friday to acquire Kestrel Mills, the firm said.',
  },
  {
    title: 'Quake shakes Tollam island',
    text: 'A 5.2 magnitude quake shook Tollam island in 2023, hurting three people.',
  },
  {
    title: 'Strong quake hits Tollam',
    text: 'A 6.1 magnitude quake shook Tollam island in 2024, killing 12 people.',
  },
]) as [never, never, never, never, never];

test('one takeover told twice shares its names and who did what to whom', () => {
  const fired = compare(signatureOf(take1), signatureOf(take2));
  assert.ok(fired.has('sharedName'));
  assert.ok(fired.has('sharedRole'), [...signatureOf(take1).roles].join(' '));
  assert.ok(!fired.has('roleConflict'));
});

test('the same buyer acquiring another firm is a role in conflict', () => {
  const fired = compare(signatureOf(take1), signatureOf(other));
  assert.ok(fired.has('sharedName'));
  assert.ok(fired.has('roleConflict'), [...signatureOf(other).roles].join(' '));
});

test('figures: years are no figures, other magnitudes and tolls conflict', () => {
  const one = signatureOf(quake1);
  assert.ok(!one.figures.has('2023'));
  assert.ok(one.figures.has('5.2'));
  assert.ok(compare(one, signatureOf(quake2)).has('figureConflict'));
});

test('pairs are tallied by kind: a split, a false join, a right join', () => {
  const docs = [take1, take2, other];
  const [a, b, c] = docs.map((d) => (d as { article: { id: string } }).article.id) as [
    string,
    string,
    string,
  ];
  // the grouping put the look-alike with the first telling and left the second apart
  const predicted = new Map([
    [a, 's1'],
    [b, 's2'],
    [c, 's1'],
  ]);
  const gold = new Map([
    [a, 'brenton'],
    [b, 'brenton'],
    [c, 'kestrel'],
  ]);
  const tally = tallySignatures(docs, predicted, gold);
  assert.equal(tally.split.n, 1);
  assert.equal(tally.split.sharedRole, 1);
  assert.equal(tally.falseJoin.n, 1);
  assert.equal(tally.falseJoin.roleConflict, 1);
  assert.equal(tally.rightApart.n, 1);
  assert.equal(tally.rightJoin.n, 0);
  assert.match(formatSignatures(tally), /split\s+1\s+1 100%/);
});
