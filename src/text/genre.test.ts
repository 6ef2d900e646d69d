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

// newuser14 #4: a column marked only by its headline's label or a line saying it is opinion
test('an opinion piece is read from a headline opening with its label, or a line saying so', () => {
  const from = (signs: Parameters<typeof readGenre>[0]) => readGenre(signs)?.from ?? null;
  for (const headline of [
    'Opinion: Drossmouth chose the wrong wall',
    'Comment | The river was always going to win',
    'Editorial – Rebuild the wall, and higher',
    'Letters: Our readers on the flood',
  ])
    assert.equal(from({ headline }), 'text:headline', headline);
  for (const paragraphs of [
    ['This is an opinion column. The views are the writer’s own.', 'The wall was too low.'],
    ['The wall was too low.', 'This is a guest piece.', 'The council knew.'],
    [
      'The wall was too low.',
      'The council knew.',
      'The river rose.',
      "The views expressed are the author's own.",
    ],
    ['The wall was too low.', 'Opinions in this article are those of the writer.'],
  ])
    assert.equal(from({ paragraphs }), 'text:disclaimer', paragraphs.join(' '));
  // news: a headline about opinion or comment, a report of someone's views, a disclaimer deep in the middle
  for (const headline of [
    'Opinion poll puts Drossmouth mayor ahead',
    'Opinion is divided over the flood wall',
    'Commentators split on flood wall: a survey',
    'No comment from council on flood wall',
  ])
    assert.equal(from({ headline }), null, headline);
  for (const paragraphs of [
    ['The mayor said her views on the wall had not changed.', 'The council met on Monday.'],
    ['Residents gave their views at the meeting.', 'The views of the engineers are in the report.'],
    ['a', 'b', 'The views expressed are the author’s own, the publisher said of the book.', 'c', 'd'],
  ])
    assert.equal(from({ paragraphs }), null, paragraphs.join(' '));
});

// session 30: the section is read from the path's folders before the story's own segment, never
// from a word anywhere in the URL
test("a URL's opinion section is a folder before the story; a story's own comment page is not", () => {
  const byUrl = (url: string) => readGenre({ url })?.from ?? null;
  for (const url of [
    'https://post.example/opinion/we-knew',
    'https://post.example/uk/opinion/we-knew',
    'https://post.example/2031/05/06/opinion/we-knew-all-along.html',
    'https://post.example/2031-05-06/op-ed/river-walls',
    'https://post.example/news/comment/2031/05/06/we-knew',
    'https://post.example/letters/2031/may/06/flood-wall',
    // a section of several words or with digits before the opinion folder (session 30, fixes30e)
    'https://post.example/arts-and-culture/opinion/we-knew-the-river',
    'https://post.example/section2/opinion/we-knew',
    'https://post.example/news/opinion/we-knew-the-river/page-2',
  ])
    assert.equal(byUrl(url), 'url', url);
  for (const url of [
    'https://post.example/news/comment-policy',
    'https://post.example/news/2031/05/06/flood-toll-rises/comment/',
    'https://post.example/news/flood-toll-rises/comments',
    'https://post.example/news/story-4471/letters/',
    'https://post.example/news/2031/drossmouth-flood-wall-fails/letters/page-2',
    'https://post.example/news/flood?from=/opinion/x',
    'https://post.example/opinion',
  ])
    assert.equal(byUrl(url), null, url);
});
