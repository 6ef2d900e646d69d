/**
 * The story list's filter of stories that changed at or after the time `$n` (over `stories s`): its
 * change time at or after it (the list's index range), and an article stored at or after it, an
 * article stored before it whose page was read again changed at or after it, or a merge or split at
 * or after it. The articles' times are read per story, from its memberships (an `EXISTS` there was
 * planned as a hash of every membership and article: 60 ms at 10,000 articles, growing with the
 * store), so a page costs its stories' articles, stopping at the page's end.
 */
export function changedSinceCondition(n: number): string {
  const t = `$${n}::timestamptz`;
  return `(s.updated_at >= ${t} AND (
    (SELECT max(a.ingested_at) FROM memberships m JOIN articles a ON a.seq = m.article_seq
      WHERE m.story_id = s.id) >= ${t}
    OR (SELECT max(r.replaced_at) FROM memberships m JOIN articles a ON a.seq = m.article_seq
      JOIN article_revisions r ON r.article_seq = a.seq
      WHERE m.story_id = s.id AND a.ingested_at < ${t}) >= ${t}
    OR EXISTS (SELECT 1 FROM story_events e WHERE e.story_id = s.id AND e.at >= ${t})
    OR EXISTS (SELECT 1 FROM story_events e WHERE e.other_id = s.id AND e.at >= ${t})))`;
}
