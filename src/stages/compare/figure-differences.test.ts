import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Differences to check of one measure, as a fact-checking desk reads them across outlets (issue 10):
// every clash of one measure listed, and none where the outlets give the same value. Invented articles.

// Each difference as [about, the articles of each side].
const listed = (bodies: readonly string[]) =>
  (runCompare(bodies).result.differences ?? []).map((d) => [
    d.about,
    d.sides.map((s) => s.evidence.map((e) => e.articleId)),
  ]);

test('"three of its nine branches" and "three branches" give one count: no difference', () => {
  const found = listed([
    'Three of its nine branches of the Harwick library need new roofs, the city said on Wednesday.',
    'Three branches of the Harwick library need new roofs, the city said on Wednesday.',
  ]);
  assert.deepEqual(
    found.filter(([about]) => /branch/.test(String(about))),
    [],
  );
});

test('"one of nine branches" tells the whole, no other count of "three branches"', () => {
  const found = listed([
    'The Harwick library is one of nine branches in the city, the council said on Wednesday.',
    'Three branches of the Harwick library need new roofs, the council said on Wednesday.',
  ]);
  assert.deepEqual(
    found.filter(([about]) => /branch/.test(String(about))),
    [],
  );
});

test('three shares of one named budget, each told by another verb, are one difference with three sides', () => {
  const found = listed([
    "The rebuild will take 40% of this year's parks and libraries budget, the city's finance office said.",
    'The project will use 38% of the parks and libraries budget this year, officials said.',
    'The library rebuild takes 35% of the parks and libraries budget for the year, councillor Ines Marwood said.',
  ]);
  assert.deepEqual(found, [['share of the parks and libraries budget (percent)', [['a1'], ['a2'], ['a3']]]]);
});

test('two parts of one budget, each its own subject, are no difference; one value told alike is none', () => {
  assert.deepEqual(
    listed([
      "The pool renovation will take 40% of the town's capital budget, the finance chair said.",
      "Road repairs will take 30% of the town's capital budget, the finance chair said.",
    ]),
    [],
  );
  assert.deepEqual(
    listed([
      'The project will take 40% of the parks and libraries budget, officials said.',
      'The rebuild will use 40% of the parks and libraries budget this year.',
    ]),
    [],
  );
});

test('an article giving two shares of one budget tells two parts: no difference of it', () => {
  const found = listed([
    'The pool will take 40% of the parks and libraries budget. The project will take 10% of the parks and libraries budget.',
    'The pool will take 35% of the parks and libraries budget, officials said.',
  ]);
  assert.deepEqual(
    found.filter(([about]) => /share/.test(String(about))),
    [],
  );
});

test('"three of the city\'s nine library branches" and "three branches" give one count: no difference', () => {
  const found = listed([
    'Three branches of the Harwick library need new roofs, the city said on Wednesday.',
    "Three of the city's nine library branches need new roofs, the city said on Wednesday.",
  ]);
  assert.deepEqual(
    found.filter(([about]) => /branch/.test(String(about))),
    [],
  );
});

test('a value written to the million that holds the other is listed with a note: it may be that value rounded', () => {
  // (the note in a field of its own, what the difference is about left as it is: differ36)
  const cost = (a: string, b: string) =>
    (
      runCompare([
        `The renovation of the Brookfield pool in Marlow Vale will cost ${a}, the council said on Tuesday.`,
        `The renovation of the Brookfield pool in Marlow Vale will cost ${b}, the council said on Tuesday.`,
      ]).result.differences ?? []
    ).map((d) => [d.about, d.note ?? null]);
  assert.deepEqual(cost('$3 million', '$3.1 million'), [
    ['pool (USD)', '“$3 million” may be “$3.1 million” rounded'],
  ]);
  assert.deepEqual(cost('$3.1m', '$3m'), [['pool (USD)', '“$3m” may be “$3.1m” rounded']]);
  // past half the last written digit, or two values written alike: another value, no note
  assert.deepEqual(cost('$3 million', '$3.6 million'), [['pool (USD)', null]]);
  assert.deepEqual(cost('$3.1 million', '$3.2 million'), [['pool (USD)', null]]);
});
