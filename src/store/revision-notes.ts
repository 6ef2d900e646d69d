import { type NoteKind, textNotes } from '../text/editors-notes.ts';
import type { ArticleRevision } from './article-types.ts';
import { type PresentVersion, revisionChanges } from './revision-changes.ts';

/**
 * The editors' notes (a correction, a clarification, an update note) that the versions of a page
 * read at or after `since` added: those of the paragraphs each such version added (`revisionChanges`),
 * less those of the paragraphs it removed (a paragraph edited elsewhere keeps its note), one of each
 * kind, in the order first added. What `changes` names beside an updated article: the store keeps its
 * earlier versions, not why they changed, but a note the page added says it.
 * @example
 * addedNotes(now, [earlier], '2026-12-07T08:00Z') // ['correction'] when now adds "Correction: …"
 */
export function addedNotes(
  now: PresentVersion,
  revisions: readonly ArticleRevision[],
  since: string,
): NoteKind[] {
  const from = Date.parse(since);
  const out: NoteKind[] = [];
  for (const change of revisionChanges(now, revisions)) {
    if (!(Date.parse(change.replacedAt) >= from)) continue;
    const left = change.removed.flatMap(textNotes);
    for (const kind of change.added.flatMap(textNotes)) {
      const at = left.indexOf(kind);
      if (at >= 0) left.splice(at, 1);
      else if (!out.includes(kind)) out.push(kind);
    }
  }
  return out;
}
