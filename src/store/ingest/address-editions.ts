/** Another article at a stored page's address (a page overwritten each day): stored as an article of its own. */
import type { Article, Issue } from '../../model/index.ts';
import { sameText } from '../../stages/syndicate/versions.ts';
import { changedOnOneDay } from '../../text/dates/versions.ts';
import { foldName } from '../../text/normalise.ts';
import { urlKey } from '../keys.ts';
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
 * outcomes of those stored are replaced in `outcomes`. A text the copy check links to another
 * article at its address (an earlier day's, corrected and met after a later day's; a day's two
 * versions in one ingest) is a version of that one: its outcome names it, for `storeLaterVersions`.
 */
export async function storeOtherArticlesAtAddress(
  store: Store,
  rows: readonly NewArticle[],
  outcomes: UpsertOutcome[],
): Promise<Issue[]> {
  const others: { index: number; storedId: string }[] = [];
  const versions: { index: number; of: string }[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    const row = rows[index];
    if (outcome.status !== 'duplicate' || outcome.by !== 'url' || !row) continue;
    const stored = (await store.article(outcome.id))?.article;
    if (!stored || !anotherArticle(row.article, stored)) continue;
    const of = await linkedAtAddress(store, rows, row, outcome.id);
    if (of === null) others.push({ index, storedId: outcome.id });
    else versions.push({ index, of });
  }
  const issues = others.length ? await storeOthers(store, rows, outcomes, others) : [];
  // (a row of this batch by its outcome now: stored, or a duplicate of a stored one)
  for (const { index, of } of versions) {
    const k = rows.findIndex((r) => r.article.id === of);
    outcomes[index] = { status: 'duplicate', id: k < 0 ? of : (outcomes[k] as UpsertOutcome).id, by: 'url' };
  }
  return issues;
}

// The article a row's copy link names when it is at the row's address, of its outlet, and not the
// one its outcome names: a row of the batch (by its chunk-local id) or a stored article.
async function linkedAtAddress(
  store: Store,
  rows: readonly NewArticle[],
  row: NewArticle,
  storedId: string,
): Promise<string | null> {
  const from = row.article.syndicatedFrom;
  if (from === null || from === storedId) return null;
  const linked = rows.find((r) => r.article.id === from)?.article ?? (await store.article(from))?.article;
  const same =
    linked !== undefined &&
    urlKey(linked.url) === row.urlKey &&
    foldName(linked.outlet ?? '') === foldName(row.article.outlet ?? '');
  return same ? from : null;
}

// Store the other articles at stored addresses, each with its note.
async function storeOthers(
  store: Store,
  rows: readonly NewArticle[],
  outcomes: UpsertOutcome[],
  others: readonly { index: number; storedId: string }[],
): Promise<Issue[]> {
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
