import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { readArticles } from '../../../pipeline.ts';

// An invented page whose og:title and <title> are given, with or without a headline in an <h1>.
const page = (ogTitle: string, title: string, h1: string) => `<!doctype html><html lang="en"><head>
<meta property="og:title" content="${ogTitle}"><meta property="og:site_name" content="The Almsby Gazette">
<title>${title}</title></head><body><article>${h1 ? `<h1>${h1}</h1>` : ''}
<p>The ferry between Almsby and Kettle Point will stop for two weeks after a storm damaged its pier, the operator said on Tuesday.</p>
<p>Engineers found cracks in two of the pier's wooden piles on Monday morning, and the operator closed the landing to passengers within the hour.</p>
<p>Marta Vell, who runs the ferry company, said repairs would begin next week if the weather allowed divers to work.</p>
</article></body></html>`;

const HEADLINE = 'Almsby ferry halted after storm damages pier';

/** [case, og:title, <title>, <h1>, the article's title, where it was read]. */
const CASES: [string, string, string, string, string, string][] = [
  [
    'a dateline',
    'Updated: March 4, 2025 10:15 IST',
    'Updated: March 4, 2025 10:15 IST',
    HEADLINE,
    HEADLINE,
    'html:h1',
  ],
  ['the site name', 'The Almsby Gazette', `${HEADLINE} | The Almsby Gazette`, '', HEADLINE, 'html:title'],
  ['a byline', 'By Jane Roe', HEADLINE, '', HEADLINE, 'html:title'],
  // a headline in og:title is read first, as before
  [
    'a headline',
    'Storm shuts Almsby ferry pier',
    HEADLINE,
    HEADLINE,
    'Storm shuts Almsby ferry pier',
    'meta:og:title',
  ],
];

for (const [name, ogTitle, title, h1, expected, source] of CASES)
  test(`an og:title that is ${name}: the page's title is "${expected}"`, () => {
    const bytes = new TextEncoder().encode(page(ogTitle, title, h1));
    const [article] = readArticles([{ path: 'ferry.html', bytes }], {}, createContext());
    assert.equal(article?.title, expected);
    assert.equal(article?.metadataSources.title, source);
  });
