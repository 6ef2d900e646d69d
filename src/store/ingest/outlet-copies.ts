import { createHash } from 'node:crypto';
import { articleOutletKey, outletNameKey } from '../../text/source.ts';
import { normaliseText } from '../keys.ts';
import type { NewArticle, Store, UpsertOutcome } from '../types.ts';
import { type StoredReader, storedReader } from './stored-reader.ts';

// A text another outlet runs verbatim (one wire story saved from two papers): the store knows an
// article again by its text's hash, so the second outlet's copy was taken for the first's article and
// its run of the story lost ("1 article already stored keeps its values: outlet Harlow Gazette here,
// Tarrow Courier stored"). The copy is kept as an article of its own, told as republishing the stored
// one, when the user or the page gave its outlet (a manifest row, a record's field, og:site_name), the stored one names another
// or none (a copy saved under another name, stored first), and it is another file.

// Where an outlet named by the user comes from (clean's metadataSources: a manifest row, a record's
// field), or by the page itself (its og:site_name or another meta tag, its JSON-LD publisher), as
// `analyze` keeps it: not one guessed from a domain or a line of the text.
const GIVEN = new Set(['manifest', 'input', 'json-ld']);
const named = (source: string | undefined): boolean =>
  source !== undefined && (GIVEN.has(source) || source.startsWith('meta:'));

/**
 * The key a copy by another outlet is stored under: the hash of its text and its outlet, so that the
 * same file ingested again is known again as this copy, not taken for the first outlet's article.
 */
export function outletCopyHash(text: string, outlet: string): string {
  return createHash('sha256')
    .update(`${normaliseText(text)}\u0000${outletNameKey(outlet)}`)
    .digest('hex');
}

/**
 * The rows of a batch found stored by their text (`by: 'content'`) whose outlet the user gave and
 * which name another outlet than the stored article's (or it none), from another file or address: each to be
 * stored again under {@link outletCopyHash}, linked to the stored article as its republication.
 */
export async function outletCopies(
  store: Store,
  rows: readonly NewArticle[],
  outcomes: readonly UpsertOutcome[],
  reader: StoredReader = storedReader(store),
): Promise<{ index: number; row: NewArticle }[]> {
  const copies: { index: number; row: NewArticle }[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    const row = rows[index];
    if (outcome.status !== 'duplicate' || outcome.by !== 'content' || !row) continue;
    const { article } = row;
    if (!article.outlet || !named(article.metadataSources.outlet)) continue;
    const stored = await reader.read(outcome.id);
    // a stored copy under no outlet (a file saved twice, stored first) does not take the named one's place
    if (!stored || stored.source === article.source) continue;
    if (stored.outlet && articleOutletKey(stored) === articleOutletKey(article)) continue;
    // linked to the original of a stored copy, as a copy found by its shingles is
    const original = stored.syndicatedFrom ?? outcome.id;
    const note = article.syndicationNote ?? `the same text as the stored article ${outcome.id}`;
    copies.push({
      index,
      row: {
        ...row,
        article: { ...article, syndicatedFrom: original, syndicationNote: note },
        contentHash: outletCopyHash(article.text, article.outlet),
      },
    });
  }
  return copies;
}
