import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import type { InputFile } from './index.ts';

// Invented pages: one says nothing of itself but its text, the other has a title, date and byline.
const BODY =
  '<p>The ferry to Wexmoor Island ran again on Tuesday after a week of storms kept it in port.</p>'.repeat(4);
const bare = `<!-- served without a doctype --><div><article>${BODY}</article></div>`;
const full = `<!doctype html><html><head><title>Ferry back - Wexmoor Post</title>
  <meta property="og:title" content="Ferry runs again">
  <meta property="article:published_time" content="2031-03-04T08:00:00Z">
  <meta name="author" content="Ada Quill">
  <link rel="canonical" href="/news/ferry-runs-again"></head>
  <body><article><h1>Ferry runs again</h1>${BODY}</article></body></html>`;

const file = (path: string, html: string): InputFile => ({
  path,
  bytes: new TextEncoder().encode(html),
  format: 'html',
  given: { outlet: 'Wexmoor Post' },
  givenSource: 'sources',
  defaults: { title: 'Feed title', publishedAt: '2031-03-05T00:00:00Z', byline: 'Feed Author', url: path },
  defaultsSource: 'feed',
});

test('a fetched page: its format comes from the input, given metadata wins, and defaults fill only the gaps', () => {
  const ctx = createContext();
  const [a, b] = readArticles(
    [file('https://post.example/ferry?id=1', bare), file('https://post.example/news/ferry.html?x=2', full)],
    {},
    ctx,
  );
  assert.ok(a && b);
  // the bare page (no doctype: not recognisable by its text) is read as HTML, not as markup text
  assert.ok(!a.text.includes('<p>'));
  assert.equal(a.title, 'Feed title');
  assert.equal(a.titleInferred, false);
  assert.equal(a.publishedAt, '2031-03-05T00:00:00Z');
  assert.equal(a.byline, 'Feed Author');
  assert.equal(a.url, 'https://post.example/ferry?id=1');
  assert.equal(a.outlet, 'Wexmoor Post');
  assert.equal(a.metadataSources.title, 'feed');
  assert.equal(a.metadataSources.outlet, 'sources');
  // the full page keeps its own, and its relative canonical link resolves against the page's URL
  assert.equal(b.title, 'Ferry runs again');
  assert.equal(b.publishedAt?.slice(0, 10), '2031-03-04');
  assert.equal(b.byline, 'Ada Quill');
  assert.equal(b.url, 'https://post.example/news/ferry-runs-again');
  assert.equal(b.outlet, 'Wexmoor Post');
  assert.notEqual(b.metadataSources.title, 'feed');
});
