import { READ_CHANGED } from '../fetch/replace-pages.ts';
import type { Article } from '../model/index.ts';
import { publishedInstant } from '../text/dates/published.ts';
import type { ArticleRevision } from './article-types.ts';

/**
 * What each earlier version of an article changed into (`articleRevisions`): the paragraphs it had
 * that the next version dropped, those the next version added, and its headline when the next one
 * is another. By paragraph, not by sentence: a paragraph changed shows as one removed and one added.
 * Read by the article page, the JSON API and `parallax article --versions`.
 */

/** An earlier version with what the version after it (the next revision, else the article now) changed. */
export interface RevisionChange extends ArticleRevision {
  /** True when the next version has another headline. */
  readonly titleChanged: boolean;
  /** Paragraphs of this version the next one has not. */
  readonly removed: readonly string[];
  /** Paragraphs of the next version this one has not. */
  readonly added: readonly string[];
  /**
   * When the page says the change that replaced this version was made (ISO): the next version's own
   * last change, as its page gave it, later than this version's and not after the store read it;
   * null when the page gave none (the change is then dated by `replacedAt`, when it was read).
   */
  readonly changedAt: string | null;
}

/** The article now, as far as its versions are compared and dated. */
export type PresentVersion = Pick<Article, 'title' | 'text'> &
  Partial<Pick<Article, 'modifiedAt' | 'metadataSources'>>;

/** A text's paragraphs (split at blank lines), trimmed, empty ones left out. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

// The page's own time of the change that replaced `revision`, given the article now: only the newest
// version's, as the store keeps no word of where a kept version's time came from (the read time the
// store gave a page with none, READ_CHANGED, is no time of the page's)
function changedAt(revision: ArticleRevision, now: PresentVersion): string | null {
  const given = now.modifiedAt && now.metadataSources?.modifiedAt !== READ_CHANGED ? now.modifiedAt : null;
  if (!given) return null;
  const at = publishedInstant(given);
  const own = publishedInstant(revision.modifiedAt);
  if (Number.isNaN(at) || at > publishedInstant(revision.replacedAt)) return null;
  return Number.isNaN(own) || at > own ? given : null;
}

/**
 * Each kept version, oldest first, with what the version after it changed, and, for the newest, when
 * its page says the change was made; the last is compared with the article as stored now.
 * @example
 * revisionChanges({ title: 'T', text: 'A\n\nC' }, [{ replacedAt, title: 'T', text: 'A\n\nB', modifiedAt: null }])
 * // [{ ..., titleChanged: false, removed: ['B'], added: ['C'], changedAt: null }]
 */
export function revisionChanges(
  now: PresentVersion,
  revisions: readonly ArticleRevision[],
): RevisionChange[] {
  const versions = [...revisions, now];
  return revisions.map((revision, i) => {
    const next = versions[i + 1] as { readonly title: string | null; readonly text: string };
    const [before, after] = [paragraphsOf(revision.text), paragraphsOf(next.text)];
    const [had, has] = [new Set(before), new Set(after)];
    return {
      ...revision,
      titleChanged: revision.title !== next.title,
      removed: before.filter((p) => !has.has(p)),
      added: after.filter((p) => !had.has(p)),
      changedAt: i === revisions.length - 1 ? changedAt(revision, now) : null,
    };
  });
}
