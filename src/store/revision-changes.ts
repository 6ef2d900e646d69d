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
}

/** A text's paragraphs (split at blank lines), trimmed, empty ones left out. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Each kept version, oldest first, with what the version after it changed; the last is compared
 * with the article as stored now.
 * @example
 * revisionChanges({ title: 'T', text: 'A\n\nC' }, [{ replacedAt, title: 'T', text: 'A\n\nB', modifiedAt: null }])
 * // [{ ..., titleChanged: false, removed: ['B'], added: ['C'] }]
 */
export function revisionChanges(
  now: { readonly title: string | null; readonly text: string },
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
    };
  });
}
