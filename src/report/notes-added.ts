// How a change list (`parallax changes`, the web app's "What changed") names the editors' notes an
// updated article's page added (`ChangedArticle.notes`).
import type { NoteKind } from '../text/editors-notes.ts';

const NOTE_NAMES: Record<NoteKind, string> = {
  correction: 'a correction',
  clarification: 'a clarification',
  update: 'an update note',
  'editors-note': "an editor's note",
};

/**
 * The notes an updated article's page added, as its line in a change list ends: "", or ", a
 * correction added", ", a correction and an update note added".
 * @example
 * notesAdded(['correction']) // ", a correction added"
 */
export function notesAdded(notes: readonly NoteKind[] | undefined): string {
  if (!notes?.length) return '';
  const names = notes.map((n) => NOTE_NAMES[n]);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `, ${listed} added`;
}
