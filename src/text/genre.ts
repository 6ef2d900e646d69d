// An article's genre, read once from its metadata when it is cleaned: an opinion piece (a column, an
// editorial, a comment) is told apart from news, so no stage takes its writer's view for a reported
// fact. Read by the clean stage (the article's `genre`); every other stage reads that field.
import type { Article } from '../model/index.ts';
import {
  OPINION_DISCLAIMER,
  OPINION_HEADLINE,
  OPINION_KICKER,
  OPINION_SECTION,
  OPINION_SEGMENT,
  OPINION_TYPE,
  PAGE_SEGMENT,
} from './data/genre.ts';

/** What the genre is read from: the page's JSON-LD `@type`, its section, its URL, its headline and its paragraphs. */
export interface GenreSigns {
  readonly type?: string | null;
  readonly section?: string | null;
  readonly url?: string | null;
  readonly firstParagraph?: string | null;
  readonly headline?: string | null;
  /** The body's paragraphs: the first two and the last are read for a line saying it is opinion. */
  readonly paragraphs?: readonly string[];
}

// How many opening paragraphs are read for a line saying the piece is opinion (the last is read too).
const DISCLAIMER_PARAGRAPHS = 2;

/**
 * 'opinion' with where it was read ('json-ld:@type', 'section', 'url', 'text:kicker', 'text:headline',
 * 'text:disclaimer'), or null for news (nothing says otherwise): a JSON-LD OpinionNewsArticle, an
 * opinion section ("Opinion", "Comment", "Editorials"), a URL under one ("/opinion/"), a first
 * paragraph that is only such a kicker ("Opinion."), a headline opening with one ("Opinion: …"), or
 * a line of its first paragraphs or its last saying so ("This is an opinion column.", "The views
 * expressed are the author's own").
 * @example
 * readGenre({ url: 'https://post.example/opinion/2031/we-knew' }) // { genre: 'opinion', from: 'url' }
 */
export function readGenre(signs: GenreSigns): { genre: 'opinion'; from: string } | null {
  if (signs.type && OPINION_TYPE.test(signs.type)) return { genre: 'opinion', from: 'json-ld:@type' };
  if (signs.section && OPINION_SECTION.test(signs.section)) return { genre: 'opinion', from: 'section' };
  if (signs.url && opinionPath(signs.url)) return { genre: 'opinion', from: 'url' };
  if (signs.firstParagraph && OPINION_KICKER.test(signs.firstParagraph))
    return { genre: 'opinion', from: 'text:kicker' };
  if (signs.headline && OPINION_HEADLINE.test(signs.headline))
    return { genre: 'opinion', from: 'text:headline' };
  const paragraphs = signs.paragraphs ?? [];
  const read = [
    ...paragraphs.slice(0, DISCLAIMER_PARAGRAPHS),
    ...paragraphs.slice(DISCLAIMER_PARAGRAPHS).slice(-1),
  ];
  if (read.some((p) => OPINION_DISCLAIMER.test(p))) return { genre: 'opinion', from: 'text:disclaimer' };
  return null;
}

/**
 * Whether a URL's section is one of opinion: a folder of its path before the story's own segment (its
 * last, a page's number or an index file after it read past), whatever folders stand before it
 * ("/2031/05/06/opinion/…", "/arts-and-culture/opinion/…"). A story's own "/comment/" or "/letters/"
 * page ("/news/flood-toll-rises/comment/", ".../letters/page-2"), or "/news/comment-policy", is none.
 * @example
 * opinionPath('https://post.example/uk/opinion/we-knew') // true
 * opinionPath('https://post.example/news/flood-toll-rises/comment/') // false
 */
export function opinionPath(url: string): boolean {
  const path = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url)?.[1] ?? '';
  const segments = path.split('/').filter(Boolean);
  const story = segments.findLastIndex((segment) => !PAGE_SEGMENT.test(segment));
  return segments.slice(0, Math.max(story, 0)).some((segment) => OPINION_SEGMENT.test(segment));
}

/** Whether an article is an opinion piece (its `genre`, read when it was cleaned). */
export const isOpinion = (article: Pick<Article, 'genre'>): boolean => article.genre === 'opinion';
