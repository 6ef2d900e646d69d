import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare as run } from './test-story.ts';

// The same fact in two outlets was shown as two single-source rows, each "—" for the other outlet
// (newuser21 #8): a quotation in two frames, a crowd told by its figure and two other words, and a
// live blog's "today" against a same-day wire that names no day. Invented articles.

const marksOf = (facts: ReturnType<typeof run>['result']['facts'], word: string) =>
  facts
    .filter((f) => f.text.includes(word))
    .map((f) => Object.fromEntries(Object.entries(f.coverage).map(([id, c]) => [id, c.mark])));

test('one negated quotation, opening one sentence and closing the other, is one fact stated by both', () => {
  const { result } = run([
    'Bus drivers in Hollin walked out on Monday.\n\n"Drivers did not want to strike, but the company left us no option," union leader Mara Tull told a rally at the depot.',
    'Bus drivers in Hollin began a strike on Monday.\n\nUnion leader Mara Tull said: "Drivers did not want to strike, but the company left us no option."',
  ]);
  assert.deepEqual(marksOf(result.facts, 'no option'), [{ a1: 'supports', a2: 'supports' }]);
});

test('a quotation negated on one side only stays apart', () => {
  const { result } = run([
    'Bus drivers in Hollin walked out on Monday.\n\n"Drivers did not want to strike, but the company left us no option," union leader Mara Tull told a rally at the depot.',
    'Bus drivers in Hollin began a strike on Monday.\n\nUnion leader Mara Tull said: "Drivers did want to strike, and the company left us no option."',
  ]);
  for (const marks of marksOf(result.facts, 'no option'))
    assert.notDeepEqual(marks, { a1: 'supports', a2: 'supports' });
});

test('a crowd told by its figure and two words is a claim, stated by the other outlet', () => {
  const { result } = run([
    'Thousands marched through Hollin on Saturday against the bypass.\n\nPolice estimated the crowd at about 4,000.',
    'A march against the Hollin bypass filled the town centre on Saturday.\n\nPolice put the crowd at around 4,000.',
  ]);
  assert.deepEqual(marksOf(result.facts, '4,000'), [{ a1: 'supports', a2: 'supports' }]);
});

const BLOG =
  'Storm Edda has brought down trees across Hollin.\n\nThe county council says 40 schools are closed today.';
const WIRE =
  'Storm Edda swept across Hollin on Tuesday.\n\nThe county council said 40 schools were closed and about 300 homes had lost power.';

// (9d631c0d let a same-day wire that names no day hold the blog's "today"; the lead took it back: a ✓
// needs every date of the claim in its evidence, in some written form, and the report audit found a
// "was considering today" cited to a sentence that tells no day)
test("a live blog's 'today' is not held by a wire sentence that names no day, even of the same day", () => {
  const { result } = run([
    [BLOG, { publishedAt: '2026-03-03T09:00:00Z' }],
    [WIRE, { publishedAt: '2026-03-03T15:00:00Z' }],
  ]);
  for (const marks of marksOf(result.facts, '40 schools are')) assert.notEqual(marks.a2, 'supports');
});

test("a live blog's 'today' is not held by a wire of the next day", () => {
  const { result } = run([
    [BLOG, { publishedAt: '2026-03-03T09:00:00Z' }],
    [WIRE, { publishedAt: '2026-03-04T08:00:00Z' }],
  ]);
  for (const marks of marksOf(result.facts, '40 schools are')) assert.notEqual(marks.a2, 'supports');
});
