import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleQuoteRegions } from '../../../text/quotes/article-regions.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { frameStory, sidesOf } from './index.ts';

// Two articles of one invented outlet that both call the crossing a "stampede", and two of others.
const ARTICLES: [string, string, string][] = [
  [
    'a1',
    'Kessor Ledger',
    'A stampede of people crossed the Varden river on Monday. The stampede overwhelmed guards at the post. Officials blamed smugglers. Guards counted 340 people.',
  ],
  [
    'a2',
    'Kessor Ledger',
    'The minister answered the stampede on Tuesday. Another stampede is feared this week. The crossing tested the post. Guards counted 340 people.',
  ],
  [
    'a3',
    'Varden Courier',
    'About 340 people crossed the Varden river on Monday. Guards counted 340 people. Buses carried families north. Clinics treated children overnight. Courts scheduled more hearings.',
  ],
  [
    'a4',
    "People's Voice",
    'Families crossed the Varden river on Monday. Guards counted 340 people. Volunteers cooked meals daily. Churches opened spare rooms. Lawyers offered free advice.',
  ],
];

const docsOf = () =>
  segmentAll(
    ARTICLES.map(([id, outlet, text]) => articleFromText(id, text, { outlet })),
    createContext(),
  );

test('an outlet’s articles are one side: its shared word is distinctive against the other outlets', () => {
  const docs = docsOf();
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id]));
  assert.deepEqual([...new Set(sidesOf(docs, sources).values())].length, 3);
  const regions = new Map(docs.map((d) => [d.article.id, articleQuoteRegions(d.article)]));
  const framing = frameStory(docs, sources, regions, [], []);
  // weighed against its own other article, the Ledger's "stampede" stood out in a2 only (z 1.32; a1's under the bar)
  const stampede = framing.terms.filter((t) => t.term === 'stampede').map((t) => t.articleId);
  assert.deepEqual(stampede, ['a1', 'a2']);
});

test('a syndicated copy stays on its original’s side, whatever its outlet', () => {
  const docs = docsOf();
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id === 'a4' ? 'a3' : d.article.id]));
  const sides = sidesOf(docs, sources);
  assert.equal(sides.get('a4'), sides.get('a3'));
  assert.equal(sides.get('a1'), sides.get('a2'));
  assert.notEqual(sides.get('a1'), sides.get('a3'));
});
