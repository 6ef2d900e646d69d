import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { readArticles } from '../../../pipeline.ts';

// Invented pages: a login wall saved in place of the article, and an article cut by a wall's lines.
const WALL = `<!doctype html><html lang="en"><head><title>Sign in | Coastline Daily</title>
<meta property="og:site_name" content="Coastline Daily"></head><body><header>Coastline Daily</header>
<main><h1>Subscribe to continue reading</h1><p>You have read all your free articles this month.</p>
<form><label>Email <input name="email"></label><label>Password <input type="password" name="pw"></label>
<button>Sign in</button></form><p>Already a subscriber? Sign in. Not yet? Subscribe for 1 euro.</p></main>
<footer>© Coastline Daily</footer></body></html>`;

const ARTICLE = [
  'The Almsby ferry will stop for two weeks after a storm damaged its pier, the operator said on Tuesday.',
  "Engineers found cracks in two of the pier's wooden piles on Monday morning, and the landing was closed within the hour.",
];
const CUT = `<!doctype html><html lang="en"><head><title>Almsby ferry halted | Coastline Daily</title></head><body>
<article><h1>Almsby ferry halted after storm damages pier</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}
<p>This article is only available to subscribers. Log in to keep reading.</p></article></body></html>`;

test('a login wall saved in place of an article is skipped as no readable text, not analysed as one', () => {
  const ctx = createContext();
  const [article] = readArticles([{ path: 'login.html', bytes: new TextEncoder().encode(WALL) }], {}, ctx);
  // the CLI, ingest and serve skip an article with this error
  assert.deepEqual(
    ctx.issues.map((i) => i.code),
    ['clean/no-text'],
  );
  assert.deepEqual(article?.body, []);
});

test("an article cut by a wall keeps its own paragraphs, not the wall's line", () => {
  const ctx = createContext();
  const [article] = readArticles([{ path: 'cut.html', bytes: new TextEncoder().encode(CUT) }], {}, ctx);
  assert.deepEqual(article?.body, ARTICLE);
});
