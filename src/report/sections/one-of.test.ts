import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, report, SERVED, story } from '../fixtures/story.ts';
import { articlesSection } from './articles.ts';
import { omissionsSection } from './omissions.ts';

// One of a thing is told in the singular in every format ("1 source", not "1 sources"; report/util.ts plural).

test('an omitted fact with one source says "1 source", in Markdown and HTML', () => {
  const fact = { ...(story.facts[0] as (typeof story.facts)[0]), sources: ['a1'] };
  const one = { ...story, facts: [fact], omissions: { a2: ['f1'] } };
  const md = omissionsSection.markdown(one, report);
  assert.match(md, /\(consensus, 1 source\)/);
  const html = omissionsSection.html(one, report, SERVED);
  assert.match(html, /\(consensus, 1 source\)/);
});

test('an article of one word is "1 word"', () => {
  const md = articlesSection.markdown(story, {
    ...report,
    articles: [{ ...article('a1', 'The Skell Beacon', null), wordCount: 1 }],
  });
  assert.match(md, /\b1 word\b(?!s)/);
});
