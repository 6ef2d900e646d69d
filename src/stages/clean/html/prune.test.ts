import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { clean } from '../index.ts';

// Invented pages: a short article (two or three long paragraphs) beside a widget that holds one
// long paragraph of its own, and an article whose wrapper carries a widget's name.
const read = (body: string): string =>
  clean()(
    {
      id: 'a1',
      source: 'page.html',
      format: 'html',
      content: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry pier reopens in Wendmoor | The Wendmoor Star</title>
<meta property="og:site_name" content="The Wendmoor Star"></head><body>${body}</body></html>`,
      given: {},
    },
    createContext(),
  ).text;

const ARTICLE = `<article><h1>Ferry pier reopens in Wendmoor</h1>
<p>The ferry pier in Wendmoor reopened on Thursday after three months of repairs to its wooden deck, the harbour board said in a statement.</p>
<p>The first crossing to the island of Skell left at 7 a.m. with 42 passengers and two delivery vans on board.</p>
<p>Harbour master Oda Renn said the new deck would last at least thirty years and had cost less than the board had feared in the spring.</p>
<p>Timetables are unchanged.</p></article>`;

const COOKIE_WALL = `<div id="cookie-consent" class="cookie-wall"><h2>We value your privacy</h2>
<p>We and our 180 partners use cookies to store and access information on your device, to personalise ads and content, and to measure audiences.</p>
<button>Accept all</button></div>`;

test('a cookie wall beside a short article goes whole, its heading with its long paragraph', () => {
  const text = read(`${COOKIE_WALL}${ARTICLE}`);
  assert.doesNotMatch(text, /privacy|partners/);
  assert.match(text, /^The ferry pier in Wendmoor reopened/);
  assert.match(text, /Timetables are unchanged\.$/);
});

test('a related block with one long paragraph goes, inside an article of two long paragraphs', () => {
  const text = read(`<article><h1>Ferry pier reopens in Wendmoor</h1>
<p>The ferry pier in Wendmoor reopened on Thursday after three months of repairs to its wooden deck, the harbour board said in a statement.</p>
<p>Harbour master Oda Renn said the new deck would last at least thirty years and had cost less than the board had feared in the spring.</p>
<p>The first crossing left at 7 a.m.</p>
<div class="related-stories"><h3>More from the harbour</h3>
<p>Last winter's storm tore a hole in the sea wall at Skell, and the island's council is still waiting for the money to mend it.</p></div></article>`);
  assert.doesNotMatch(text, /More from the harbour|sea wall/);
  assert.match(text, /The first crossing left at 7 a\.m\.$/);
});

test('a wrapper carrying a widget name keeps the article it holds', () => {
  // `share` names a share widget, but this div holds every long paragraph of the page
  const text = read(`<div class="share-enabled">${ARTICLE}</div>`);
  assert.match(text, /repairs to its wooden deck/);
  assert.match(text, /last at least thirty years/);
  const one = read(`<div class="share-enabled"><h1>Ferry pier reopens in Wendmoor</h1>
<p>The ferry pier in Wendmoor reopened on Thursday after three months of repairs to its wooden deck, the harbour board said in a statement.</p>
<p>Timetables are unchanged.</p></div>`);
  assert.match(one, /repairs to its wooden deck/);
});

test("a named box of plain paragraphs after the lead is the article's (a metered page's paywall div)", () => {
  const text = read(`<article><h1>Ferry pier reopens in Wendmoor</h1>
<p>The ferry pier in Wendmoor reopened on Thursday after three months of repairs to its wooden deck, the harbour board said in a statement.</p>
<div class="paywall"><p>Harbour master Oda Renn said the new deck would last at least thirty years and had cost less than the board had feared in the spring.</p>
<p>Renn said a new landing could open in 2028.</p></div></article>`);
  assert.match(text, /^The ferry pier in Wendmoor reopened/);
  assert.match(text, /last at least thirty years/);
  assert.match(text, /a new landing could open in 2028\.$/);
});

test('a one-paragraph brief in a named wrapper holding its h1 stays beside a cookie wall', () => {
  const text = read(`${COOKIE_WALL}<div class="share-enabled"><h1>Ferry pier reopens in Wendmoor</h1>
<p>The ferry pier in Wendmoor reopened on Thursday after three months of repairs to its wooden deck, the harbour board said in a statement.</p>
<p>Timetables are unchanged.</p></div>`);
  assert.doesNotMatch(text, /privacy|partners/);
  assert.match(text, /^The ferry pier in Wendmoor reopened/);
  assert.match(text, /Timetables are unchanged\.$/);
});

test('a named box with a list of links or a sign-up form goes though it holds a long paragraph', () => {
  const text = read(`<article><h1>Ferry pier reopens in Wendmoor</h1>
<p>The ferry pier in Wendmoor reopened on Thursday after three months of repairs to its wooden deck, the harbour board said in a statement.</p>
<p>The first crossing left at 7 a.m.</p>
<div class="newsletter"><p>Every morning our harbour desk sends the tides, the ferry times and the island's news to more than ten thousand readers.</p>
<input type="email" placeholder="Your email"></div>
<div class="related"><p>Last winter's storm tore a hole in the sea wall at Skell, and the island's council is still waiting for the money to mend it.</p>
<ul><li><a href="/a">Skell sea wall: council asks for money again</a></li><li><a href="/b">Ferry fares rise by ten cents from May onwards</a></li>
<li><a href="/c">Wendmoor harbour board names a new master</a></li></ul></div></article>`);
  assert.doesNotMatch(text, /harbour desk|sea wall|fares/);
  assert.match(text, /The first crossing left at 7 a\.m\.$/);
});
