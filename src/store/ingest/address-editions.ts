/** Another article at a stored page's address (a page overwritten each day): stored as an article of its own. */
import type { Article, Issue } from '../../model/index.ts';
import { sameText } from '../../stages/syndicate/versions.ts';
import { changedOnOneDay } from '../../text/dates/versions.ts';
import { foldName } from '../../text/normalise.ts';
import type { NewArticle, Store, UpsertOutcome } from '../types.ts';

/**
 * Whether a page's text met at the address of a stored article is another article, not a version of
 * it: the same outlet, little shared text (`sameText` says no) and dated another day than the stored
 * one. Undated, or dated the same day: a version (a correction rewrites a good part on its day).
 */
export function anotherArticle(incoming: Article, stored: Article): boolean {
  if (foldName(stored.outlet ?? '') !== foldName(incoming.outlet ?? '')) return false;
  return changedOnOneDay(incoming, stored) === false && !sameText(incoming, stored);
}

/**
 * The articles of a batch found already stored by their address (the newest article stored there)
 * that are another article, not a version of it (`anotherArticle`: a "live updates" or "today's
 * briefing" page overwritten each day). Before, the store kept the first day's text and dropped every later day's
 * as "already stored by URL". Each is stored as an article of its own (`atStoredAddress`; a text
 * stored already stays a duplicate by content) and gives an `ingest/another-at-address` note; the
 * outcomes of those stored are replaced in `outcomes`.
 */
export async function storeOtherArticlesAtAddress(
  store: Store,
  rows: readonly NewArticle[],
  outcomes: UpsertOutcome[],
): Promise<Issue[]> {
  const others: { index: number; storedId: string }[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    const row = rows[index];
    if (outcome.status !== 'duplicate' || outcome.by !== 'url' || !row) continue;
    const stored = (await store.article(outcome.id))?.article;
    if (stored && anotherArticle(row.article, stored)) others.push({ index, storedId: outcome.id });
  }
  if (!others.length) return [];
  const stored = await store.upsertArticles(
    others.map(({ index }) => ({ ...(rows[index] as NewArticle), atStoredAddress: true })),
  );
  const issues: Issue[] = [];
  others.forEach(({ index, storedId }, k) => {
    const outcome = stored[k] as UpsertOutcome;
    outcomes[index] = outcome;
    if (outcome.status !== 'inserted') return;
    const incoming = (rows[index] as NewArticle).article;
    issues.push({
      code: 'ingest/another-at-address',
      severity: 'info',
      articleId: outcome.id,
      ...(incoming.source ? { source: incoming.source } : {}),
      message: `${incoming.source ?? `“${incoming.title ?? 'untitled'}”`}: another article at the address of ${storedId} (${incoming.url}: another day's text, not a version of it), stored as ${outcome.id}`,
    });
  });
  return issues;
}
