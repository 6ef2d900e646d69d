import type { Article, Issue } from '../../model/index.ts';
import type { Store } from '../types.ts';
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
