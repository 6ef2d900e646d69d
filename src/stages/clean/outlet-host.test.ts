import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';

// Invented pages of two invented outlets: pages with their site's name, and a print version
// (canonical link only, no og:site_name, no publisher) of one of them.
const page = (url: string, title: string, siteName: string | null, text: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${url}">${siteName ? `<meta property="og:site_name" content="${siteName}">` : ''}
</head><body><article><h1>${title}</h1><p>${text}</p>
<p>The board said the work would be finished before the spring tides, and that the pier would stay open to walkers in the meantime.</p></article></body></html>`;

const files = (pages: [string, string][]) =>
  pages.map(([path, html]) => ({ path, bytes: new TextEncoder().encode(html) }));

const DECK =
  'Workers began replacing the deck of the Wendmoor ferry pier on Monday, three weeks later than planned.';
const FARES =
  'Ferry fares between Wendmoor and the island of Skell will rise by a tenth in January, the operator said.';
const TOLL =
  'The council of Skell voted on Tuesday to keep the island bridge free of tolls for another year.';

test('a print version without a site name takes the name the other pages of its host give', () => {
  const articles = readArticles(
    files([
      [
        'deck.html',
        page(
          'https://wendmoorstar.example/news/pier-deck',
          'Pier deck work begins',
          'The Wendmoor Star',
          DECK,
        ),
      ],
      [
        'fares print.html',
        // on the mobile host: one site with wendmoorstar.example, as the store reads it (siteHost)
        page('https://m.wendmoorstar.example/news/ferry-fares', 'Ferry fares to rise', null, FARES),
      ],
      ['toll.html', page('https://skellbeacon.example/toll-vote', 'Bridge stays free', 'Skell Beacon', TOLL)],
    ]),
    {},
    createContext(),
  );
  assert.deepEqual(
    articles.map((a) => [a.title, a.outlet, a.metadataSources.outlet]),
    [
      ['Pier deck work begins', 'The Wendmoor Star', 'meta:og:site_name'],
      ['Ferry fares to rise', 'The Wendmoor Star', 'url:host-pages'],
      ['Bridge stays free', 'Skell Beacon', 'meta:og:site_name'],
    ],
  );
});

test('a host whose pages give two names, or none, names no page without one', () => {
  const articles = readArticles(
    files([
      ['a.html', page('https://blogs.example/deck', 'Pier deck work begins', 'Harbour Notes', DECK)],
      ['b.html', page('https://blogs.example/toll', 'Bridge stays free', 'Island Diary', TOLL)],
      ['c.html', page('https://blogs.example/fares', 'Ferry fares to rise', null, FARES)],
      ['d.html', page('https://quaysidenews.example/fares', 'Ferry fares to rise again', null, FARES)],
    ]),
    {},
    createContext(),
  );
  assert.deepEqual(
    articles.slice(2).map((a) => [a.outlet, a.metadataSources.outlet]),
    [
      ['blogs.example', 'url:domain'],
      ['quaysidenews.example', 'url:domain'],
    ],
  );
});

test("one blog's name names no page in another folder of its host, nor any page of a platform's own host", () => {
  const articles = readArticles(
    files([
      [
        'a.html',
        page('https://notes.example/anna/ferry-pier', 'Pier deck work begins', 'Anna Garden Notes', DECK),
      ],
      ['b.html', page('https://notes.example/kessel-watch/pier-vote', 'Bridge stays free', null, TOLL)],
      ['c.html', page('https://notes.example/anna/fares', 'Ferry fares to rise', null, FARES)],
      ['d.html', page('https://medium.com/@anna/pier', 'Pier deck work', 'Anna on Medium', DECK)],
      ['e.html', page('https://medium.com/@anna/fares', 'Ferry fares', null, FARES)],
    ]),
    {},
    createContext(),
  );
  assert.deepEqual(
    articles.slice(1).map((a) => [a.outlet, a.metadataSources.outlet]),
    [
      ['notes.example', 'url:domain'],
      ['Anna Garden Notes', 'url:host-pages'],
      ['Anna on Medium', 'meta:og:site_name'],
      ['medium.com', 'url:domain'],
    ],
  );
});
