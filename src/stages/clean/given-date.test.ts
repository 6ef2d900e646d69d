import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { givenDate } from './assemble.ts';

test('givenDate: ISO as given, a date in words or epoch seconds read, an ambiguous one none', () => {
  const cases: [string | undefined, string | null][] = [
    ['2025-03-06T07:00:00-05:00', '2025-03-06T07:00:00-05:00'],
    [' 2025-03-04 ', '2025-03-04'],
    ['March 4, 2025', '2025-03-04'],
    ['4 March 2025', '2025-03-04'],
    ['1741046400', '2025-03-04T00:00:00.000Z'],
    ['04/03/2025', null],
    ['last Tuesday', null],
    ['2025-02-30', null],
    ['', null],
    [undefined, null],
  ];
  for (const [value, expected] of cases) assert.equal(givenDate(value), expected, String(value));
});

// Invented records of one story, as a scraper's JSON export gives them: dates in three forms.
const record = (outlet: string, publishedAt: string) =>
  JSON.stringify({
    outlet,
    publishedAt,
    title: `Glenmoor dam spillway reopens (${outlet})`,
    text: 'The Glenmoor dam spillway reopened on Monday after two weeks of repairs, the water board said.\nBoard chair Ada Quill said the spillway would be inspected again in June.',
  });

test('a JSON record’s date in words is read as the article’s date; one that reads as no day is left out, with a warning', () => {
  const lines = [record('Glenmoor Gazette', 'March 4, 2025'), record('Valley Post', '04/03/2025')];
  const bytes = new TextEncoder().encode(lines.join('\n'));
  const report = analyze([{ path: 'export.jsonl', bytes }], {}, createContext());
  const [gazette, post] = report.articles;
  assert.equal(
    gazette?.publishedAt,
    '2025-03-04',
    'read, not shown verbatim while the timeline took it for none',
  );
  assert.equal(gazette?.metadataSources.publishedAt, 'input');
  assert.equal(post?.publishedAt, null);
  const warning = report.issues.find((i) => i.code === 'clean/unread-date');
  assert.equal(warning?.articleId, post?.id);
  assert.equal(warning?.severity, 'warning');
  assert.match(warning?.message ?? '', /"04\/03\/2025" reads as no day/);
});
