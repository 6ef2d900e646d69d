import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { readArticles } from '../../../pipeline.ts';
import { matchText } from './filter.ts';

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

// Invented body sentences that open with a wall's words but are the article's own.
const BODY_LINES = [
  'Already a member of the board for six years, Orla Fenn promised to rebuild the old pier.',
  'Already registered voters in the harbour ward outnumber those in the old town, the clerk said.',
  'Already a subscriber to the ferry pass, Tam Rusk said the new fares would cost him twice as much.',
  'Readers who subscribe to keep reading the Almsby Courier pay 4 euros a month, its editor said.',
  'Subscribe to continue reading was the only line many readers saw on Tuesday, the union said.',
  'This story is for members of the Kettle Point rowing club, whose boathouse burned on Sunday.',
  'You have read all your free articles, the banner told readers who came back a fourth time.',
  'You have reached the limit of what the harbour fund can spend, the mayor told the council.',
];
// a sign-in prompt alone is removed but says nothing of the text stopping (a promo under a whole article)
const SIGN_IN_LINES = [
  'Already a subscriber?',
  'Already have an account? Log in',
  'Already registered? Sign in here.',
  'Already a member, log in to read on.',
];
const WALL_LINES = [
  'Subscribe to continue reading',
  'Please log in to keep reading this article.',
  'You have read all your free articles this month. Subscribe for 1 euro.',
  'This article is for subscribers only.',
  'Great reporting costs money. This content is available to paying subscribers.',
  // two prompts joined, a price after the prompt, the limit told as a limit
  'Log in or subscribe to continue reading.',
  'Sign in or register to continue reading',
  'Subscribe to continue reading for just 1 euro a week.',
  'You’ve reached your free article limit.',
];

test("a body sentence opening with a wall's words stays; the wall's own prompts go", () => {
  const reason = (line: string): string | undefined => matchText(line, 3, 8)?.reason;
  for (const line of BODY_LINES) assert.equal(reason(line), undefined, line);
  for (const line of WALL_LINES) assert.equal(reason(line), 'paywall notice', line);
  for (const line of SIGN_IN_LINES) assert.equal(reason(line), 'sign-in prompt', line);
});

// An invented whole article with a subscription promo under it: no paywall cut.
const PROMO = `<!doctype html><html lang="en"><head><title>Almsby ferry halted | Coastline Daily</title></head><body>
<article><h1>Almsby ferry halted after storm damages pier</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}
<p>Repairs will start next week and the operator expects the first crossing on the first of the month.</p></article>
<div class="subscribe-promo"><p>Get every Coastline Daily story for 1 euro a week.</p><p>Already a subscriber? Sign in</p></div>
</body></html>`;

test("a subscription promo's sign-in prompt under a whole article is no paywall notice", () => {
  const ctx = createContext();
  const [article] = readArticles([{ path: 'promo.html', bytes: new TextEncoder().encode(PROMO) }], {}, ctx);
  assert.equal(article?.body.length, 3);
  assert.deepEqual(
    article?.removed.filter((r) => r.reason === 'paywall notice'),
    [],
  );
});
