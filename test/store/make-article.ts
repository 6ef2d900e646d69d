import type { Article } from '../../src/model/index.ts';
import { contentHash, urlKey } from '../../src/store/keys.ts';
import type { NewArticle } from '../../src/store/types.ts';

/**
 * Invented articles for the store's tests: short texts about made-up places and people, built from
 * the fields a test cares about.
 */

/** What a test sets of an article; everything else gets a plain default. */
export interface ArticleSpec {
  readonly id?: string;
  readonly title?: string | null;
  readonly text: string;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly publishedAt?: string | null;
  readonly syndicatedFrom?: string | null;
  readonly features?: unknown;
}

let counter = 0;

/** A cleaned article as the pipeline would hand it to the store. */
export function article(spec: ArticleSpec): Article {
  const text = spec.text;
  const body = text.split(/\n\n+/);
  return {
    id: spec.id ?? `t${++counter}`,
    source: `test-${counter}.txt`,
    title: spec.title === undefined ? 'Untitled' : spec.title,
    titleInferred: false,
    byline: null,
    outlet: spec.outlet === undefined ? 'Test Courier' : spec.outlet,
    url: spec.url ?? null,
    publishedAt: spec.publishedAt ?? null,
    modifiedAt: null,
    language: 'en',
    section: null,
    metadataSources: { title: 'input' },
    text,
    body,
    paragraphs: [],
    removed: [],
    media: [],
    wordCount: text.split(/\s+/).filter(Boolean).length,
    syndicatedFrom: spec.syndicatedFrom ?? null,
    syndicationNote: null,
  };
}

/** The article with its keys and features, ready for `upsertArticles`. */
export function newArticle(spec: ArticleSpec): NewArticle {
  const made = article(spec);
  return {
    article: made,
    urlKey: urlKey(made.url),
    contentHash: contentHash(made.text),
    features: spec.features ?? { words: made.wordCount },
  };
}

const PLACES = ['Varnholm', 'Quillsby', 'Orvania Nova', 'Pell Harbour', 'Drumcarrow', 'Lissendale'];
const EVENTS = [
  'ferry strike',
  'council vote',
  'bridge repair',
  'flood warning',
  'school opening',
  'port fire',
];
const PEOPLE = [
  'Mayor Ilse Brandt',
  'Councillor Tomas Yeo',
  'Chief Engineer Ada Morrow',
  'Minister Oren Falk',
];

/**
 * The n-th article of an invented stream (deterministic): distinct text and URL for every n, dates
 * spread over a year from `start`.
 */
export function streamArticle(n: number, start = Date.UTC(2031, 0, 1)): NewArticle {
  const place = PLACES[n % PLACES.length] as string;
  const event = EVENTS[Math.floor(n / PLACES.length) % EVENTS.length] as string;
  const person = PEOPLE[n % PEOPLE.length] as string;
  return newArticle({
    id: `s${n}`,
    title: `${place} ${event}: update ${n}`,
    text:
      `${person} said on Monday that the ${event} in ${place} would be reviewed, item ${n}.\n\n` +
      `Residents of ${place} gathered near the town hall; ${n % 7} officials answered questions.`,
    outlet: `Outlet ${n % 5}`,
    url: `https://news${n % 3}.example/${place.toLowerCase().replace(/\s+/g, '-')}/${n}`,
    publishedAt: new Date(start + (n % 365) * 86_400_000).toISOString(),
    features: { n },
  });
}
