import assert from 'node:assert/strict';
import { test } from 'node:test';
import { report, story } from './fixtures/story.ts';
import { renderMarkdown } from './markdown.ts';

test('markdown: a story of two articles shows the comparisons', () => {
  const md = renderMarkdown(report);
  assert.match(md, /### Coverage: facts × outlets/);
  assert.doesNotMatch(md, /Only one article tells this story/);
});

test('markdown: a one-article story says there is nothing to compare, as the story page does', () => {
  // without the note, each of its sentences was listed as "found in one source only" and its tables
  // compared one outlet with no other
  const lone = { ...report, stories: [{ ...story, articleIds: ['a1'] }] };
  const md = renderMarkdown(lone);
  assert.match(md, /## s1: .*\n\nOnly one article tells this story, so there is nothing to compare yet\.\n/);
  for (const title of [
    'Summary',
    'Coverage: facts × outlets',
    'Conflicts',
    'Omissions',
    'Quotes across outlets',
    'Framing',
  ])
    assert.doesNotMatch(md, new RegExp(`### ${title}\\n`), title);
  assert.doesNotMatch(md, /Matched in one source only/);
  assert.match(md, /### Articles\n/, 'what the article holds is still shown');
});

// newuser16 #13: an evening article keeps its own day and hour, with its offset
test('markdown: an article is dated as its card is, in its own zone (a date alone as given)', () => {
  const articles = [
    { ...report.articles[0], publishedAt: '2025-03-05T20:00:00-05:00' },
    { ...report.articles[1], publishedAt: '2025-03-05' },
  ] as typeof report.articles;
  const md = renderMarkdown({ ...report, articles });
  assert.match(md, /\*\*\[a1\]\*\* .* — 2025-03-05 20:00 UTC-05:00, 16 words/);
  assert.match(md, /\*\*\[a2\]\*\* .* — 2025-03-05, 16 words/);
});
