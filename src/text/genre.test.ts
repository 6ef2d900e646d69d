import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readGenre } from './genre.ts';

test('an opinion piece is read from its JSON-LD type, section, URL or kicker; news from none of them', () => {
  const from = (signs: Parameters<typeof readGenre>[0]) => readGenre(signs)?.from ?? null;
  assert.equal(from({ type: 'OpinionNewsArticle' }), 'json-ld:@type');
  assert.equal(from({ section: 'Opinion' }), 'section');
  assert.equal(from({ section: 'Comment | Columnists' }), 'section');
  assert.equal(from({ url: 'https://post.example/opinion/2031/05/06/we-knew' }), 'url');
  assert.equal(from({ url: 'https://post.example/commentisfree/2031/may/06/river' }), 'url');
  assert.equal(from({ firstParagraph: 'Opinion.' }), 'text:kicker');
  // news: a report about opinion, a section that only starts alike, a word of a URL's slug, a lede
  assert.equal(from({ type: 'NewsArticle', section: 'Politics' }), null);
  assert.equal(from({ section: 'Commerce' }), null);
  assert.equal(from({ url: 'https://post.example/news/2031/05/06/opinion-poll-shows-lead' }), null);
  assert.equal(from({ url: 'https://post.example/news/letters-found-in-attic' }), null);
  assert.equal(from({ firstParagraph: 'Opinion is divided in Drossmouth over the flood wall.' }), null);
});
