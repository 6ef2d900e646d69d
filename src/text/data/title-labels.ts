/**
 * Labels an outlet puts before a headline to say what kind of item it is, not what happened
 * ("UPDATE: …", "Breaking news: …", "LIVE – …"), lower-cased; a story's headline leaves them out.
 * General newsroom usage, not drawn from any corpus.
 */
export const TITLE_LABELS: readonly string[] = [
  'update',
  'updated',
  'breaking',
  'breaking news',
  'developing',
  'just in',
  'live',
  'live updates',
  'exclusive',
  'watch',
  'video',
  'photos',
  'correction',
  'corrected',
];
