import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { clean } from '../../stages/clean/index.ts';
import { article, report, story } from '../fixtures/story.ts';
import { articlesSection } from './articles.ts';

// An invented saved page cut by a paywall box: one teaser sentence, then the box.
const STUB = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Who pays for the pier?</title>
<meta property="og:site_name" content="The Skell Beacon"></head><body><article><h1>Who pays for the pier?</h1>
<p>Islanders on Skell are asking why the repair of the ferry pier was put off for two winters.</p></article>
<div class="paywall"><h2>This article is for subscribers</h2>
<p>Subscribe to The Skell Beacon from 1 euro a week to read the rest of this story.</p></div></body></html>`;

test('an article cut by a paywall box is said to be so in the article list, not only counted in words', () => {
  const stub = clean()(
    { id: 'a1', source: 'stub.html', format: 'html', content: STUB, given: {} },
    createContext(),
  );
  assert.deepEqual(
    stub.removed.map((r) => r.reason),
    ['paywall notice'],
  );
  const md = articlesSection.markdown(story, {
    ...report,
    articles: [{ ...article('a1', 'The Skell Beacon', null), ...stub }],
  });
  assert.match(md, /1 boilerplate line removed, behind a paywall: the page may hold only its first part/);
});

test('an article without a paywall says nothing of one', () => {
  const whole = {
    ...article('a1', 'The Skell Beacon', null),
    removed: [{ text: 'Share this article', reason: 'share widget' }],
  };
  const md = articlesSection.markdown(story, { ...report, articles: [whole] });
  assert.doesNotMatch(md, /paywall/);
  assert.match(md, /1 boilerplate line removed/);
});

// newuser18 #12: an undated article showed no date and no word of its having none in the list
test('an undated article is said to be undated in the Markdown and HTML article lists; a dated one is not', () => {
  const undated = { ...article('a1', 'The Skell Beacon', null), publishedAt: null };
  const dated = article('a2', 'Marrow Point Post', null);
  const withBoth = { ...report, articles: [undated, dated] };
  const both = { ...story, articleIds: ['a1', 'a2'] };
  const md = articlesSection.markdown(both, withBoth).split('\n');
  assert.match(md[0] ?? '', /— undated, \d+ words?/);
  assert.match(md[1] ?? '', /— 2024-03-14 09:30 UTC, /);
  assert.doesNotMatch(md[1] ?? '', /undated/);
  const html = articlesSection.html(both, withBoth);
  assert.match(html, /<small>undated · /);
  assert.equal(html.match(/undated/g)?.length, 1);
});
