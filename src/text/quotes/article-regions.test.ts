import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote, Span } from '../../model/index.ts';
import { articleFromText } from '../../stages/extract/from-text.ts';
import { articleQuoteRegions, reportedSpeech, wordedOccurrences } from './article-regions.ts';

// Invented paragraphs: what articleQuoteRegions takes for quoted, as text.
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
    const regions = articleQuoteRegions(article).map((r) => article.text.slice(r.start, r.end));
    assert.deepEqual(regions, expected);
  });

// An invented quote of article `articleId` at [start, end).
const quote = (kind: Quote['kind'], articleId: string, span: Span): Quote => ({
  id: `q-${kind}-${span.start}`,
  kind,
  text: '',
  speaker: { name: 'she', entityId: null, unresolved: true },
  cue: null,
  occurrences: [{ articleId, span }],
  speakerEvidence: [],
});

test("a quote found in the speaker's words is quoted, with its article's marks; reported speech is apart", () => {
  const text = 'Work on the “east pier” starts in May, the clerk said. The ferry runs until then, she added.';
  const article = articleFromText('a', text);
  const at = (words: string): Span => ({
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
  });
  const quotes = [
    // overlapping the marked passage: one region
    quote('direct', 'a', at('the “east pier” starts in May')),
    quote('partial', 'b', at('The ferry runs')),
    quote('indirect', 'a', at('The ferry runs until then')),
  ];
  const worded = wordedOccurrences(quotes);
  assert.deepEqual(
    worded.map((o) => o.articleId),
    ['a', 'b'],
  );
  // another article's occurrence is not this one's
  const regions = articleQuoteRegions(article, worded).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(regions, ['the “east pier” starts in May']);
  assert.deepEqual(reportedSpeech(quotes).get('a'), [at('The ferry runs until then')]);
});
