import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { readArticles } from '../../../pipeline.ts';

// An invented page as a script-rendered site saves it: the article only in its JSON-LD, the body an
// empty mount point (and, in the second case, a teaser line).
const page = (body: string, articleBody: string) => `<!doctype html><html lang="en"><head>
<title>Strait Wire</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Port board approves repairs to fire-hit Almsby ferry shed',
  datePublished: '2025-06-13T09:00:00Z',
  author: { '@type': 'Person', name: 'Ada Quill' },
  publisher: { '@type': 'Organization', name: 'Strait Wire' },
  articleBody,
})}</script></head><body>${body}<script src="/static/app.js"></script></body></html>`;

const BODY = [
  'The Almsby port board met on Thursday and approved 3.2 million euros to rebuild the north shed of the ferry terminal, which burned on Tuesday.',
  'Board chair Edda Marlow said sailings would resume from a temporary pontoon on Monday. &quot;This is the fastest way to get people moving again,&quot; Marlow said.',
];

for (const [name, body] of [
  [
    'an empty mount point',
    '<div id="app"><noscript>Please enable JavaScript to read Strait Wire.</noscript></div>',
  ],
  ['a teaser line', '<div id="app"><p>Port board approves repairs. Read on in the app.</p></div>'],
] as const)
  test(`a page whose article is only in its JSON-LD (${name}): its articleBody is the text`, () => {
    const bytes = new TextEncoder().encode(page(body, BODY.join('\n\n')));
    const ctx = createContext();
    const [article] = readArticles([{ path: 'board.html', bytes }], {}, ctx);
    assert.deepEqual(
      ctx.issues.filter((i) => i.code === 'clean/no-text'),
      [],
    );
    assert.deepEqual(article?.body, [BODY[0], BODY[1]?.replaceAll('&quot;', '"')]);
    assert.equal(article?.metadataSources.text, 'json-ld:articleBody');
    assert.equal(article?.title, 'Port board approves repairs to fire-hit Almsby ferry shed');
    assert.equal(article?.outlet, 'Strait Wire');
  });

test("a page with its article in the markup keeps the markup's text, whatever its JSON-LD holds", () => {
  const paragraphs = [
    'The ferry between Almsby and Kettle Point will stop for two weeks after a storm damaged its pier, the operator said on Tuesday.',
    "Engineers found cracks in two of the pier's wooden piles on Monday morning, and the operator closed the landing within the hour.",
    'Marta Vell, who runs the ferry company, said repairs would begin next week if the weather allowed divers to work on the piles.',
    'Passengers were told to take the coast road bus, which adds about forty minutes to the trip to Kettle Point each way.',
  ];
  const markup = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const bytes = new TextEncoder().encode(page(markup, 'A shorter summary of the pier story.'));
  const [article] = readArticles([{ path: 'pier.html', bytes }], {}, createContext());
  assert.deepEqual(article?.body, paragraphs);
  assert.notEqual(article?.metadataSources.text, 'json-ld:articleBody');
});

test("an articleBody's lines pass the same boilerplate filters as the markup's paragraphs", () => {
  // invented furniture written into the articleBody: another story's teaser, a wall's line, an ad label
  const furniture = [
    'Read more: Kettle Point lighthouse to reopen after repairs',
    'Subscribe to continue reading',
    'Advertisement',
  ];
  const lines = [BODY[0], furniture[0], BODY[1], furniture[1], furniture[2]];
  const bytes = new TextEncoder().encode(page('<div id="app"></div>', lines.join('\n')));
  const [article] = readArticles([{ path: 'board.html', bytes }], {}, createContext());
  assert.deepEqual(article?.body, [BODY[0], BODY[1]?.replaceAll('&quot;', '"')]);
  assert.deepEqual(
    article?.removed.map((r) => [r.text, r.reason]),
    [
      [furniture[0], 'inline teaser'],
      [furniture[1], 'paywall notice'],
      [furniture[2], 'advertisement'],
    ],
  );
});
