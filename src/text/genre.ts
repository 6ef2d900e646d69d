// An article's genre, read once from its metadata when it is cleaned: an opinion piece (a column, an
// editorial, a comment) is told apart from news, so no stage takes its writer's view for a reported
// fact. Read by the clean stage (the article's `genre`); every other stage reads that field.
import type { Article } from '../model/index.ts';
import {
  OPINION_KICKER,
  OPINION_SECTION,
  OPINION_SEGMENT,
  OPINION_TYPE,
  STORY_SEGMENT,
} from './data/genre.ts';

/** What the genre is read from: the page's JSON-LD `@type`, its section, its URL and its first paragraph. */
export interface GenreSigns {
  readonly type?: string | null;
  readonly section?: string | null;
  readonly url?: string | null;
  readonly firstParagraph?: string | null;
}

/**
 * 'opinion' with where it was read ('json-ld:@type', 'section', 'url', 'text:kicker'), or null for news
 * (nothing says otherwise): a JSON-LD OpinionNewsArticle, an opinion section ("Opinion", "Comment",
 * "Editorials"), a URL under one ("/opinion/"), or a first paragraph that is only such a kicker
 * ("Opinion.").
 * @example
 * readGenre({ url: 'https://post.example/opinion/2031/we-knew' }) // { genre: 'opinion', from: 'url' }
 */
export function readGenre(signs: GenreSigns): { genre: 'opinion'; from: string } | null {
  if (signs.type && OPINION_TYPE.test(signs.type)) return { genre: 'opinion', from: 'json-ld:@type' };
  if (signs.section && OPINION_SECTION.test(signs.section)) return { genre: 'opinion', from: 'section' };
  if (signs.url && opinionPath(signs.url)) return { genre: 'opinion', from: 'url' };
  if (signs.firstParagraph && OPINION_KICKER.test(signs.firstParagraph))
    return { genre: 'opinion', from: 'text:kicker' };
  return null;
}

/**
 * Whether a URL's section is one of opinion: a folder of its path, with the story under it, before the
 * story's own segment (a slug, a file name, an id); dated folders are read past ("/2031/05/06/opinion/…").
 * A story's own "/comment/" or "/letters/" page, or "/news/comment-policy", is no section of opinion.
 * @example
 * opinionPath('https://post.example/uk/opinion/we-knew') // true
 * opinionPath('https://post.example/news/flood-toll-rises/comment/') // false
 */
export function opinionPath(url: string): boolean {
  const path = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url)?.[1] ?? '';
  const segments = path.split('/').filter(Boolean);
  for (const [i, segment] of segments.entries()) {
    if (OPINION_SEGMENT.test(segment)) return i < segments.length - 1;
    // a dated folder ("2031", "05", "2031-05-06") is read past
    if (!/^[\d_-]+$/.test(segment) && STORY_SEGMENT.test(segment)) return false;
  }
  return false;
}

/** Whether an article is an opinion piece (its `genre`, read when it was cleaned). */
export const isOpinion = (article: Pick<Article, 'genre'>): boolean => article.genre === 'opinion';
