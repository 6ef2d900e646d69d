/**
 * The story list's filter of stories that changed since a time (`StoryFilter.changedSince`), over
 * `stories s`, the time `?` given six times: its change time at or after it (the list's index
 * range), and an article stored at or after it, an article stored before it whose page was read
 * again changed at or after it, or a merge or split at or after it.
 */
export const CHANGED_SINCE = `s.updated_at >= ? AND (
  EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.ingested_at >= ?)
  OR EXISTS (SELECT 1 FROM articles a JOIN article_revisions r ON r.article_seq = a.seq
    WHERE a.story_id = s.id AND a.ingested_at < ? AND r.replaced_at >= ?)
  OR EXISTS (SELECT 1 FROM story_events e WHERE e.story_id = s.id AND e.at >= ?)
  OR EXISTS (SELECT 1 FROM story_events e WHERE e.other_id = s.id AND e.at >= ?))`;
