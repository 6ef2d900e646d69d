import type { RunContext } from '../model/index.ts';
import type { FetchedPage, PageOutcome } from '../store/fetch-types.ts';
import type { Preparer } from '../store/ingest/pool.ts';
import type { Store } from '../store/types.ts';
import { type ListedMeta, packRaw, pageInput } from './page-input.ts';

/**
 * One batch of handled pages into the store: the usable ones read by the pipeline's per-article
 * half (clean, segment, features) and stored (a page whose article is stored already, by URL or by
 * text, is a duplicate), then every page's outcome recorded with its raw bytes. Articles are stored
 * before their pages are recorded, so a crash in between refetches the page and finds it a duplicate,
 * never stores it twice.
 */

/** A page handled by this run: fetched (`body`) or not (`failure`). */
export interface HandledPage {
  readonly url: string;
  readonly urlKey: string;
  readonly finalUrl: string | null;
  readonly source: string | null;
  readonly feedUrl: string | null;
  readonly status: number;
  readonly contentType: string | null;
  readonly listed: ListedMeta | null;
  readonly attempts: number;
  /** The page's bytes, when it was fetched and is a page. */
  readonly body: Uint8Array | null;
  /** Why it has no usable body. */
  readonly failure: { readonly outcome: 'failed' | 'disallowed'; readonly error: string } | null;
  /** Bytes already kept in the store (a re-extraction): not written again. */
  readonly rawKept?: boolean;
  /** When it was fetched, when not now (a re-extraction keeps the time of the fetch). */
  readonly fetchedAt?: string;
}

/** What a batch did. */
export interface BatchOutcome {
  readonly outcomes: ReadonlyMap<string, PageOutcome>;
  /** The days (for the grouping window) of the articles stored or found stored. */
  readonly days: readonly (number | null)[];
  readonly insertedIds: readonly string[];
}

/** Store one batch of handled pages; returns each page's outcome by URL. */
export async function storePages(
  store: Store,
  preparer: Preparer,
  pages: readonly HandledPage[],
  ctx: RunContext,
): Promise<BatchOutcome> {
  const usable = pages.filter((p) => p.body !== null);
  const files = usable.map((p) =>
    pageInput({
      url: p.url,
      finalUrl: p.finalUrl,
      body: p.body as Uint8Array,
      contentType: p.contentType,
      source: p.source,
      listed: p.listed,
    }),
  );
  const prepared = files.length ? await preparer.prepare(files) : { articles: [], issues: [] };
  ctx.issues.push(...prepared.issues);
  for (const [step, ms] of prepared.timings ?? []) ctx.timings?.set(step, (ctx.timings.get(step) ?? 0) + ms);
  const rows = prepared.articles.map((a) => a.row);
  const started = performance.now();
  const results = await store.upsertArticles(rows);
  const articleOf = new Map<string, { id: string; inserted: boolean }>();
  const insertedIds: string[] = [];
  results.forEach((result, i) => {
    const source = rows[i]?.article.source as string;
    articleOf.set(source, { id: result.id, inserted: result.status === 'inserted' });
    if (result.status === 'inserted') insertedIds.push(result.id);
  });
  const outcomes = new Map<string, PageOutcome>();
  const now = new Date().toISOString();
  const records: FetchedPage[] = pages.map((p) => {
    const article = articleOf.get(p.url);
    const outcome: PageOutcome = p.failure
      ? p.failure.outcome
      : article
        ? article.inserted
          ? 'stored'
          : 'duplicate'
        : 'no-article';
    outcomes.set(p.url, outcome);
    return {
      urlKey: p.urlKey,
      url: p.url,
      finalUrl: p.finalUrl,
      source: p.source,
      feedUrl: p.feedUrl,
      fetchedAt: p.fetchedAt ?? now,
      status: p.status,
      outcome,
      error: p.failure?.error ?? (outcome === 'no-article' ? 'no article text found' : null),
      attempts: p.attempts,
      articleId: article?.id ?? null,
      contentType: p.contentType,
      listed: p.listed && Object.keys(p.listed).length ? p.listed : null,
      raw: p.body !== null && !p.rawKept ? packRaw(p.body) : null,
    };
  });
  await store.savePages(records);
  ctx.timings?.set('store', (ctx.timings.get('store') ?? 0) + performance.now() - started);
  return { outcomes, days: prepared.articles.map((a) => a.day), insertedIds };
}
