/** A copy's note, which names its original by id, and the same note once the original's id changes. */

/** Why an article is taken for a copy of `of`: its share of shared shingles, or its group's (`null`). */
export function nearDuplicateNote(of: string, share: number | null): string {
  return share === null
    ? `near-duplicate of a copy of ${of} (same syndication group)`
    : `near-duplicate of ${of}: ${share}% of the shorter text's 5-word shingles are shared`;
}

/**
 * The article with `syndicatedFrom` set to `to`, and its note naming `to` where it named the old
 * original (an ingest reads articles under ids of its own, and the store names them by others).
 * @example
 * namingOriginal({ syndicatedFrom: 'n1', syndicationNote: 'near-duplicate of n1: 90% …' }, 'a7')
 * // { syndicatedFrom: 'a7', syndicationNote: 'near-duplicate of a7: 90% …' }
 */
export function namingOriginal<A extends { syndicatedFrom: string | null; syndicationNote: string | null }>(
  article: A,
  to: string,
): A {
  const from = article.syndicatedFrom;
  const note = article.syndicationNote;
  if (from === null || note === null || from === to) return { ...article, syndicatedFrom: to };
  // only where the note names it (its first words), never inside a title or an outlet's name after
  const heads: [string, string][] = [
    [nearDuplicateNote(from, null), nearDuplicateNote(to, null)],
    [`near-duplicate of ${from}: `, `near-duplicate of ${to}: `],
  ];
  const head = heads.find(([old]) => note.startsWith(old));
  const renamed = head ? `${head[1]}${note.slice(head[0].length)}` : note;
  return { ...article, syndicatedFrom: to, syndicationNote: renamed };
}
