/** One batch of prepared articles stored: copies linked, duplicates told apart, kept values said. */
import type { Article, RunContext } from '../../model/index.ts';
import { namingOriginal } from '../../model/syndication-note.ts';
import type { AnalyzeOptions } from '../../pipeline.ts';
import type { Store, UpsertOutcome } from '../types.ts';
import { storeOtherArticlesAtAddress } from './address-editions.ts';
import { linkStoredCopies, storedTurns } from './copies.ts';
import { nameByStoredHosts } from './host-outlets.ts';
import { keptStoredValues, sameTextNotes } from './kept.ts';
import { storeLaterVersions } from './later-versions.ts';
import { outletCopies } from './outlet-copies.ts';
import type { PreparedArticle } from './prepare.ts';
import { storedReader } from './stored-reader.ts';

/** What storing a batch did: each article's outcome, in batch order, and which were copies of stored ones. */
export interface StoredBatch {
  readonly outcomes: readonly UpsertOutcome[];
  /** Indexes of the batch's articles found to copy an article stored earlier (linked to it). */
  readonly linked: ReadonlySet<number>;
  /** Indexes of the batch's articles found stored by their address and stored in their place (a later version). */
  readonly replaced: ReadonlySet<number>;
  /** Indexes of the batch's articles kept as an earlier version of the article stored at their address. */
  readonly keptEarlier: ReadonlySet<number>;
}

/**
 * Store a batch of a chunk's prepared articles. `storedAs` maps the chunk-local ids of articles
 * stored by the chunk's earlier batches to their store ids (a copy's original among them is named by
 * its store id), and gains this batch's.
 */
export async function storeBatch(
  store: Store,
  batch: readonly PreparedArticle[],
  storedAs: Map<string, string>,
  analyze: AnalyzeOptions,
  ctx: RunContext,
): Promise<StoredBatch> {
  const linked = batch.map(({ row }) => {
    const from = row.article.syndicatedFrom;
    const original = from === null ? undefined : storedAs.get(from);
    return original ? { ...row, article: namingOriginal(row.article, original) } : row;
  });
  // a page named only by its domain, after the host's pages stored by earlier ingests
  const rows = await nameByStoredHosts(store, linked);
  // each stored article the steps below compare with, read once (`StoredReader`)
  const reader = storedReader(store);
  // copies of articles stored by earlier batches or ingests, which the chunk could not see
  const looked = performance.now();
  const copies = await linkStoredCopies(store, rows, analyze.syndicate ?? {}, ctx.now, reader);
  const start = performance.now();
  ctx.timings?.set('copies', (ctx.timings.get('copies') ?? 0) + start - looked);
  const outcomes = await store.upsertArticles(copies.rows);
  // another outlet's verbatim copy of a stored text, its outlet given: an article of its own
  const byOutlet = await outletCopies(store, copies.rows, outcomes, reader);
  if (byOutlet.length) {
    const again = await store.upsertArticles(byOutlet.map((copy) => copy.row));
    byOutlet.forEach((copy, k) => {
      outcomes[copy.index] = again[k] as UpsertOutcome;
    });
  }
  // another day's article at the address of a stored page overwritten daily: an article of its own
  ctx.issues.push(...(await storeOtherArticlesAtAddress(store, copies.rows, outcomes, reader)));
  const turns = storedTurns(copies, outcomes);
  await store.turnCopies(turns); // (an earlier original stored after its copies)
  if (turns.length) reader.forget();
  ctx.timings?.set('store', (ctx.timings.get('store') ?? 0) + performance.now() - start);
  for (const [k, outcome] of outcomes.entries()) storedAs.set(rows[k]?.article.id as string, outcome.id);
  // a later version of a stored page (a correction) takes its place, the earlier kept as its revision
  const later = await storeLaterVersions(store, copies.rows, outcomes, storedAs, reader);
  ctx.issues.push(...later.issues);
  // an article stored already keeps its values: said when the manifest gives it others
  const duplicates = outcomes.flatMap((outcome, k) =>
    outcome.status === 'inserted' || later.replaced.has(k) || later.keptEarlier.has(k)
      ? []
      : [{ incoming: rows[k]?.article as Article, storedId: outcome.id }],
  );
  ctx.issues.push(...(await keptStoredValues(store, duplicates, reader)));
  // a file left out as another file's text: said, with the stored article it copies
  ctx.issues.push(...(await sameTextNotes(copies.rows, outcomes, reader)));
  return { outcomes, linked: copies.linked, replaced: later.replaced, keptEarlier: later.keptEarlier };
}
