import type { Article, Issue } from '../../model/index.ts';
import type { Store, UpsertOutcome } from '../types.ts';
import { type StoredReader, storedReader } from './stored-reader.ts';

// The fields a manifest gives an article, which a stored article keeps as they were stored.
const FIELDS = ['outlet', 'publishedAt', 'url'] as const;

/**
 * The warnings of articles found already stored to which the manifest gives another outlet, date or
 * URL than the stored one (`ingest/stored-kept`): a stored article is left as it is, so a corrected
 * manifest ingested again would otherwise change nothing without a word. Only the values the
 * manifest gave are compared, and a stored article is read only for them.
 */
export async function keptStoredValues(
  store: Store,
  duplicates: readonly { readonly incoming: Article; readonly storedId: string }[],
  reader: StoredReader = storedReader(store),
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const { incoming, storedId } of duplicates) {
    const given = FIELDS.filter((field) => incoming.metadataSources[field] === 'manifest');
    if (!given.length) continue;
    const stored = await reader.read(storedId);
    if (!stored) continue;
    const differ = given.filter((field) => incoming[field] !== stored[field]);
    if (!differ.length) continue;
    const values = differ.map((f) => `${f} ${incoming[f]} here, ${stored[f] ?? 'none'} stored`).join(', ');
    issues.push({
      code: 'ingest/stored-kept',
      severity: 'warning',
      articleId: storedId,
      message: `${storedId} (“${stored.title ?? 'untitled'}”): ${values}`,
    });
  }
  return issues;
}

/**
 * The notes of files not stored because a stored article from another file has the same text
 * (`ingest/same-text`, a reprint of a wire story saved from a second paper whose outlet nobody gave):
 * which file was left out and which stored article it copies, so the run of the story by the second
 * outlet is not lost without a word. A file ingested again (the stored article is its own) gives none.
 */
export async function sameTextNotes(
  rows: readonly { readonly article: Article }[],
  outcomes: readonly UpsertOutcome[],
  reader: StoredReader,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const [k, outcome] of outcomes.entries()) {
    const incoming = rows[k]?.article;
    if (outcome.status !== 'duplicate' || outcome.by !== 'content' || !incoming) continue;
    const stored = await reader.read(outcome.id);
    if (!stored || stored.source === incoming.source) continue;
    const of = [stored.source, stored.outlet].filter(Boolean).join(', ');
    issues.push({
      code: 'ingest/same-text',
      severity: 'info',
      articleId: outcome.id,
      message: `${incoming.source}${incoming.outlet ? ` (${incoming.outlet})` : ''} = ${outcome.id} (${of})`,
    });
  }
  return issues;
}
