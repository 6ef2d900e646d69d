import type { RunContext } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { FetchedPage } from '../store/fetch-types.ts';
import { groupPending } from '../store/ingest/index.ts';
import { createPreparer } from '../store/ingest/pool.ts';
import type { Store } from '../store/types.ts';
import { NOT_AN_ARTICLE } from './article-page.ts';
import { unpackRaw } from './page-input.ts';
import { INGEST_BATCH } from './patterns.ts';
import { type HandledPage, storePages } from './store-pages.ts';

/**
 * `reextract`: read every kept raw page again with today's extractor, without fetching. Into the same
 * store, a page that stored an article replaces it when the extraction changed (same id and story;
 * the story's report turns stale), and a page that gave no article is read again; a page whose
 * article is another page's (a duplicate) is left to that page. Into another store (`target`), every
 * page becomes a fresh article there, with its page record and raw bytes, so a store can be rebuilt
 * with a better extractor.
 */

/** What a re-extraction did. */
export interface ReextractSummary {
  readonly pages: number;
  readonly stored: number;
  /** Stored articles whose extraction changed and was replaced, and those that came out the same. */
  readonly updated: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly noArticle: number;
  /** Listed pages left out as no article (`notAnArticle`): into another store, a page is judged again. */
  readonly notArticle: number;
  readonly storiesCreated: number;
  readonly storiesGrown: number;
  /** Articles of `from` that no re-read page stored (ingested from files): not re-read. */
  readonly withoutPage: number;
}

/** Re-extract the raw pages of `from` into `into` (the same store by default). */
export async function reextract(
  from: Store,
  into: Store,
  options: { analyze?: AnalyzeOptions; jobs?: number; onProgress?: (pages: number) => void },
  ctx: RunContext,
): Promise<ReextractSummary> {
  const tally = { pages: 0, stored: 0, updated: 0, unchanged: 0, duplicates: 0, noArticle: 0, notArticle: 0 };
  const preparer = createPreparer(options.analyze ?? {}, ctx.now, {
    files: Number.POSITIVE_INFINITY,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    timings: false,
  });
  const same = from === into;
  const days: (number | null)[] = [];
  let batch: HandledPage[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const done = await storePages(into, preparer, batch, ctx);
    for (const outcome of done.outcomes.values()) {
      if (outcome === 'stored') tally.stored++;
      else if (outcome === 'duplicate') tally.duplicates++;
      else if (outcome === 'no-article') tally.noArticle++;
      else if (outcome === 'updated') tally.updated++;
      else if (outcome === 'unchanged') tally.unchanged++;
      else if (outcome === 'not-article') tally.notArticle++;
    }
    days.push(...done.days);
    tally.pages += batch.length;
    options.onProgress?.(tally.pages);
    batch = [];
  };
  const handled = (page: FetchedPage): HandledPage => ({
    url: page.url,
    urlKey: page.urlKey,
    finalUrl: page.finalUrl,
    source: page.source,
    feedUrl: page.feedUrl,
    status: page.status,
    contentType: page.contentType,
    listed: page.listed,
    attempts: page.attempts,
    body: unpackRaw(page.raw as Uint8Array),
    failure: null,
    rawKept: same,
    fetchedAt: page.fetchedAt,
    etag: page.etag,
    lastModified: page.lastModified,
    // a page left out as no article is asked again (its article may say so now)
    askArticle: page.outcome === 'no-article' && page.error?.startsWith(NOT_AN_ARTICLE) === true,
    // in the same store, the page's own article is replaced when its extraction changed
    replaces: same && page.outcome === 'stored' ? page.articleId : null,
  });
  let grouped = { created: 0, grown: 0 };
  const articlesBefore = (await from.stats()).articles;
  const withPage = new Set<string>();
  try {
    // pages are streamed by their first-fetch order, which updating a page's record keeps
    for await (const page of from.rawPages()) {
      // in the same store, a page whose article another page stored is left to that page (or to
      // none: a file's article that a fetch later found already stored is not re-read)
      if (same && page.articleId !== null && page.outcome !== 'stored') continue;
      if (page.articleId !== null) withPage.add(page.articleId);
      batch.push(handled(page));
      if (batch.length >= INGEST_BATCH) await flush();
    }
    await flush();
    // settled as an ingest's last step and each fetch run settle: the stories the re-read articles join
    // are placed again with them, as `analyze` places a pile, and a story of events that share only a
    // town is parted
    if (days.length) grouped = await groupPending(into, days, ctx.now, { settle: true });
  } finally {
    await preparer.close();
  }
  const withoutPage = Math.max(0, articlesBefore - withPage.size);
  return { ...tally, storiesCreated: grouped.created, storiesGrown: grouped.grown, withoutPage };
}
