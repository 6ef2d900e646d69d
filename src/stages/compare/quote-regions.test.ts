import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText } from '../extract/from-text.ts';
import { quoteRegions } from './quote-regions.ts';

// Invented paragraphs: what quoteRegions takes for quoted, as text.
const CASES: [string, string[]][] = [
  ['He said “yes, now” and ‘fine’ then "go" — it’s the mayor’s call.', ['“yes, now”', '‘fine’', '"go"']],
  // ``…'' and ''…'' as wires and tokenised corpora write double quotes, a continuation included
  [
    "``The girder is cracked,'' Bright said.\n``We will not reopen the pier this month.''",
    ["``The girder is cracked,''", "``We will not reopen the pier this month.''"],
  ],
  ["Vessmark's mayor said ''the pier stays shut'' on Monday.", ["''the pier stays shut''"]],
  // '' after a letter or a mark closes nothing that was opened: an inch sign, a stray closer
  ["The crack is 3'' wide, the inspector said.", []],
  ["The pier, she said,'' stays shut.", []],
  // an unclosed mark ends with its paragraph
  ['``We will rebuild it\nThe council met on Monday.', ['``We will rebuild it']],
];

for (const [text, expected] of CASES)
  test(`quote regions of: ${text.replace(/\n/g, ' | ')}`, () => {
    const article = articleFromText('a', text);
    const regions = quoteRegions(article).map((r) => article.text.slice(r.start, r.end));
    assert.deepEqual(regions, expected);
  });
