import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfCompared } from './story-fixture.ts';

// newuser22 #5: a timeline row cites another article's sentence only where the support judge reads it
// as stating the row, as a summary sentence's citations are checked (invented articles).
const rows = (docs: readonly object[]) =>
  timelineOfCompared(docs).map((e) => [e.date, e.citations.map((c) => c.articleId).join(' ')]);

test('a sentence of the same verb that tells another account of the day is a row of its own', () => {
  const texts = [
    "Marland's High Court ruled on Monday that conditions at the Kestrel Immigration Holding Centre breach the Dignity Act and ordered the government to cut the number of people held there from 310 to 200 within 45 days.",
    'A High Court judge on Monday condemned conditions at the Kestrel detention centre, where more than 300 asylum seekers are held, and gave the government 45 days to bring the number down to 200.',
    // "ordered … to empty out" states neither 310 to 200, 45 days nor the Act: no citation of the first row
    'An activist High Court judge on Monday ordered the government to empty out the Kestrel holding centre, a ruling that could see nearly 300 illegals released onto the streets of Marland.',
  ];
  assert.deepEqual(
    rows(texts.map((text, i) => ({ outlet: `Outlet ${i}`, publishedAt: `2026-03-10T1${i}:00:00Z`, text }))),
    [
      ['2026-03-09', 'a1'],
      ['2026-03-09', 'a2'],
      ['2026-03-09', 'a3'],
    ],
  );
});
