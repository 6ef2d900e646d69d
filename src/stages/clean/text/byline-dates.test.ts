import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { parseByline } from './byline.ts';
import { datelineDate, findDate, isDateline } from './dates.ts';
import { cleanText } from './index.ts';

const BODY =
  'The island ferry operator said on Tuesday that fares would stay at their current level until next spring.';

test('bylines: names are read, sentences starting with "By" are not', () => {
  const table: [string, string | null][] = [
    ['By Jane Roe', 'Jane Roe'],
    ['By Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['By JANE ROE, Staff Writer', 'JANE ROE'],
    ['Jane Roe, Staff Writer', 'Jane Roe'],
    ['Jane Roe White House Correspondent', 'Jane Roe'],
    ['Jane Roe Economics editor · Dec 4, 2026 – 9.10am', 'Jane Roe'],
    ['Jane Roe Economics editor', 'Jane Roe'],
    ['the editor', null],
    ['By Wednesday night, crews had cleared the road.', null],
    ['By Monday, officials said.', null],
    ['By the end of the year the library will reopen', null],
    ['Council Closes Library', null],
  ];
  for (const [line, name] of table) assert.equal(parseByline(line), name, line);
});

test('dates: month names and ISO, never ambiguous numeric dates', () => {
  assert.equal(findDate('Published Dec. 27, 2023 3:10 PM ET')?.iso, '2023-12-27');
  assert.equal(findDate('27 December 2023')?.iso, '2023-12-27');
  assert.equal(findDate('2024-02-29')?.iso, '2024-02-29');
  assert.equal(findDate('2023-02-30'), null);
  assert.equal(findDate('12/11/2023'), null);
  assert.equal(findDate('Updated March 5, 2024')?.updated, true);
  assert.equal(isDateline('Updated March 5, 2024 at 10:15 a.m.'), true);
  assert.equal(isDateline('The council met on March 5, 2024 to vote.'), false);
  assert.equal(isDateline('Posted 2 hours ago'), true);
  assert.equal(isDateline('Tuesday 5 March 2024 22.34 GMT'), true);
  assert.equal(isDateline('UPDATED 05/03/2024 at 11:00 AM'), true);
  assert.equal(isDateline('Published 3 studies this year, the lab grew quickly.'), false);
});

test('datelines: a line opening with a publishing word dates the article by its first date, times and zones around it', () => {
  const table: [string, string | null][] = [
    ['POSTED: 1052 GMT (1852 HKT), April 10, 2007', '2007-04-10'],
    ['Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET', '2005-11-27'],
    ['Updated 0915 BST, 5 March 2024', '2024-03-05'],
    ['The council met on March 5, 2024 to vote on the plan.', null],
    ['Published works by the poet were read on March 5, 2024 at the library hall.', null],
  ];
  for (const [line, iso] of table) assert.equal(datelineDate(line)?.iso ?? null, iso, line);
});

test('a byline line giving its publication and its update ("Ana Vell | Mar 4, 2026 – 6.45am | Updated Mar 5, 2026 – 1.05pm") is a byline, dated by both', () => {
  const line = 'Ana Vell | Mar 4, 2026 – 6.45am | Updated Mar 5, 2026 – 1.05pm';
  assert.equal(isDateline('Mar 4, 2026 – 6.45am | Updated Mar 5, 2026 – 1.05pm'), true);
  assert.equal(parseByline(line), 'Ana Vell');
  const ctx = createContext();
  const parts = cleanText({})(
    {
      id: 't',
      source: 't.md',
      format: 'text',
      content: ['Ferry fares frozen for a year', '', line, '', BODY].join('\n'),
      given: {},
    },
    ctx,
  );
  assert.equal(parts.title, 'Ferry fares frozen for a year');
  assert.equal(parts.byline, 'Ana Vell');
  assert.equal(parts.meta.publishedAt, '2026-03-04');
  assert.equal(parts.meta.modifiedAt, '2026-03-05');
  // a date in a sentence is no dateline, however many dates it gives
  assert.equal(isDateline('The ferry ran on Mar 4, 2026 and stopped on Mar 5, 2026 for repairs.'), false);
});
