import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext, type RawArticle } from '../../model/index.ts';
import { clean } from './index.ts';
import { RUN_DATE_DAYS, WIRE_DATELINE_SOURCES as SOURCE, yearWireDatelines } from './wire-date.ts';

// Invented wire stories: a headline, then the dateline opening the first paragraph.
const raw = (opening: string, more = '', given: RawArticle['given'] = {}): RawArticle => ({
  id: 'a1',
  source: 'a.txt',
  format: 'text',
  content: `Mossford pool to close in March\n\n${opening} The Mossford town council voted on Wednesday to close the town pool in March, saving about $300,000 a year.\n\n${more || 'Swimmers said they would appeal.'}\n`,
  given,
});
const RUN = new Date('2026-12-06T20:00:00Z');
const dated = (input: RawArticle) => {
  const article = clean()(input, createContext({ now: RUN }));
  return [article.publishedAt, article.metadataSources.publishedAt ?? null];
};

test('a wire dateline with its year dates the article: with or without its weekday', () => {
  const rows: [string, string][] = [
    ['MOSSFORD, November 4, 2026 —', '2026-11-04'],
    ['MOSSFORD, Wednesday, November 4, 2026 —', '2026-11-04'],
    ['MOSSFORD, Elm County, 4 Nov. 2025 (Kestrel Wire) -', '2025-11-04'],
  ];
  for (const [opening, iso] of rows) assert.deepEqual(dated(raw(opening)), [iso, SOURCE.stated], opening);
});

// A run's articles, cleaned (no clock: no run date) and dated by `yearWireDatelines`.
const run = (openings: readonly [string, string?, string?][], now = RUN) =>
  yearWireDatelines(
    openings.map(([opening, publishedAt, more], i) =>
      clean()(
        { ...raw(opening, more, publishedAt ? { publishedAt } : {}), id: `a${i + 1}` },
        createContext(),
      ),
    ),
    now,
  ).map((a) => [a.publishedAt, a.metadataSources.publishedAt ?? null]);

test("a dateline without its year: the year from the article's other dates, and the source says so", () => {
  // a full date told as done: filed on or after it
  const recalled = 'The pool last closed on March 3, 2019, for repairs.';
  assert.deepEqual(run([['MOSSFORD, Nov. 4 (Kestrel Wire) —', undefined, recalled]])[0], [
    '2019-11-04',
    SOURCE.text,
  ]);
  // only a date told as ahead: filed before it
  const ahead = 'The council will vote again on Jan. 12, 2021.';
  assert.deepEqual(run([['MOSSFORD, Nov. 4 (Kestrel Wire) —', undefined, ahead]])[0], [
    '2020-11-04',
    SOURCE.text,
  ]);
  // the clean stage alone dates no dateline without its year: the run's step does
  assert.deepEqual(dated(raw('MOSSFORD, Nov. 4 (Kestrel Wire) —', recalled)), [null, null]);
});

test("a dateline without its year beside a dated article of the run: the run's year, not a date its text recalls", () => {
  const recalled = 'The pool last closed on March 3, 2019, for repairs.';
  assert.deepEqual(
    run([
      ['MOSSFORD, Nov. 4 (Kestrel Wire) —', undefined, recalled],
      ['MOSSFORD —', '2026-11-05'],
    ])[0],
    ['2026-11-04', SOURCE.articles],
  );
});

test("yearWireDatelines: the year that puts it nearest a dated article of the run, else the run's date", () => {
  // an article of the run dated 2024-11-05: "Nov. 4" is that year's, whatever the run's date
  assert.deepEqual(run([['MOSSFORD, Nov. 4 (Kestrel Wire) —'], ['MOSSFORD —', '2024-11-05']])[0], [
    '2024-11-04',
    SOURCE.articles,
  ]);
  // across a new year: "Dec. 30" beside an article of Jan. 2, 2025 is of 2024
  assert.deepEqual(run([['MOSSFORD, Dec. 30 —'], ['MOSSFORD —', '2025-01-02']])[0], [
    '2024-12-30',
    SOURCE.articles,
  ]);
  // nothing dated in the run: the nearest such day on or before the run's date (within its week after)
  assert.deepEqual(run([['MOSSFORD, Nov. 4 (Kestrel Wire) —']]), [['2026-11-04', SOURCE.run]]);
  assert.deepEqual(run([['MOSSFORD, Dec. 9 —']]), [['2026-12-09', SOURCE.run]]);
  // … when it is fresh: a day further back than RUN_DATE_DAYS may be of any year, and stays undated
  assert.equal(RUN_DATE_DAYS, 60);
  assert.deepEqual(run([['MOSSFORD, Dec. 30 —']]), [[null, null]]);
  assert.deepEqual(run([['MOSSFORD, March 4 —']]), [[null, null]]);
  // a weekday decides among the years: Nov. 4 was a Wednesday in 2026, a Tuesday in 2025 (too far back)
  assert.deepEqual(run([['MOSSFORD, Wednesday, Nov. 4 —']]), [['2026-11-04', SOURCE.run]]);
  assert.deepEqual(run([['MOSSFORD, Tuesday, Nov. 4 —']]), [[null, null]]);
  // no run date (a context's default epoch): no date is made up
  assert.deepEqual(run([['MOSSFORD, Nov. 4 (Kestrel Wire) —']], new Date(0)), [[null, null]]);
});

test('a date given or in the header wins over the dateline; no dateline, no date', () => {
  const given = raw('MOSSFORD, Nov. 4 (Kestrel Wire) —', '', { publishedAt: '2026-11-05' });
  assert.deepEqual(dated(given), ['2026-11-05', 'input']);
  // a dateline's date only opens the first paragraph: a later one, or a date in the lead, is not it
  assert.deepEqual(dated(raw('The council said on Nov. 4 —')), [null, null]);
  assert.deepEqual(dated(raw('MOSSFORD (Kestrel Wire) —')), [null, null]);
});
