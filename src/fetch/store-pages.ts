import type { RunContext } from '../model/index.ts';
import type { FetchedPage, PageOutcome } from '../store/fetch-types.ts';
import { textAtAddress } from '../store/ingest/address-editions.ts';
import type { Preparer } from '../store/ingest/pool.ts';
import type { PreparedArticle } from '../store/ingest/prepare.ts';
import type { Store } from '../store/types.ts';
import { notAnArticle } from './article-page.ts';
import { decodeBody } from './charset.ts';
import { type ListedMeta, packRaw, pageInput } from './page-input.ts';
import { replaceChanged } from './replace-pages.ts';

/**
 * One batch of handled pages into the store: the usable ones read by the pipeline's per-article
 * half (clean, segment, features) and stored (a page whose article is stored already, by URL or by
 * text, is a duplicate), then every page's outcome recorded with its raw bytes. Articles are stored
 * before their pages are recorded, so a crash in between refetches the page and finds it a duplicate,
 * never stores it twice. A page read again that stored an article before (`replaces`) replaces that
 * article when its extraction changed, keeping its id and story.
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
  /** The answer's validators, kept for a conditional GET when the page is fetched again. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** Ask whether the page is an article (`notAnArticle`): a sitemap listed it. */
  readonly askArticle?: boolean;
  /** The article this page stored before (read again): replaced when its extraction changed. */
  readonly replaces?: string | null;
}

/**
 * What became of a page in this batch: its outcome, or, for a page read again, whether its article
 * changed; `not-article` for a listed page that says it is no article (recorded as `no-article`).
 */
export type BatchPageOutcome = PageOutcome | 'updated' | 'unchanged' | 'not-article';

/** What a batch did. */
export interface BatchOutcome {
  readonly outcomes: ReadonlyMap<string, BatchPageOutcome>;
  /** The days (for the grouping window) of the articles stored or found stored. */
  readonly days: readonly (number | null)[];
  readonly insertedIds: readonly string[];
  /**
   * Pages whose text an article of the same site already has under another address: a page moved
   * (a 301 the feed now lists by its new URL), or a site giving one article at two addresses.
   */
  readonly moved: readonly { readonly url: string; readonly note: string }[];
  /** Listed pages left out as no article (`notAnArticle`), each with why. */
  readonly leftOut: readonly { readonly url: string; readonly note: string }[];
  /**
   * Pages read again whose text changed so far, with no date to tell another day's article from a
   * correction, that they could be either: taken as their article's new version, the text before kept.
   */
  readonly undated: readonly { readonly url: string; readonly note: string }[];
}

// A page whose article the store has, by its text, from another address of the same host.
async function movedPage(store: Store, url: string, id: string): Promise<string | null> {
  const before = (await store.article(id))?.article.url ?? null;
  const host = (u: string | null) => (u ? URL.parse(u)?.host : undefined);
  if (!before || before === url || host(before) === undefined || host(before) !== host(url)) return null;
  return `the same text as article ${id}, stored from ${before}: the page moved here (or the site gives it at both addresses); this address is recorded and not fetched again`;
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
  // a page that stored an article before replaces it; the others' articles are new, or duplicates
  const replacing = new Map(pages.flatMap((p) => (p.replaces ? [[p.url, p.replaces] as const] : [])));
  const fresh: PreparedArticle[] = [];
  const again: { url: string; id: string; row: PreparedArticle['row']; fetched: boolean }[] = [];
  // fetched now, not re-read from the kept bytes: a change is the page's own
  const fetchedNow = new Set(usable.filter((p) => !p.rawKept).map((p) => p.url));
  // a page a sitemap named that says it is no article (its "About us"): left out, named
  const leftOut = new Map<string, string>();
  const listed = new Map(
    usable.flatMap((p, i) => (p.askArticle ? [[p.url, [p, files[i]] as const] as const] : [])),
  );
  for (const a of prepared.articles) {
    const url = a.row.article.source;
    const id = replacing.get(url);
    const page = id === undefined ? listed.get(url) : undefined;
    const reason =
      page && page[1]?.format === 'html'
        ? notAnArticle(a.row.article, decodeBody(page[0].body as Uint8Array, page[0].contentType).text)
        : null;
    if (reason) leftOut.set(url, reason);
    else if (id === undefined) fresh.push(a);
    else again.push({ url, id, row: a.row, fetched: fetchedNow.has(url) });
  }
  // a page read again that holds another day's article now (a page overwritten each day): an article
  // of its own, which the page names from now on; the stored one stays as it was
  const another = new Set<string>();
  // a page whose changed text gives no date to tell: taken as a new version all the same, and said
  const undatedOf = new Map<string, string>();
  for (const page of again) {
    const stored = page.fetched ? (await store.article(page.id))?.article : undefined;
    const reading = stored ? textAtAddress(page.row.article, stored) : 'version';
    if (reading === 'another') another.add(page.url);
    else if (reading === 'undated') undatedOf.set(page.url, page.id);
  }
  const reread = again.filter((page) => !another.has(page.url));
  for (const a of prepared.articles)
    if (another.has(a.row.article.source as string))
      fresh.push({ ...a, row: { ...a.row, atStoredAddress: true } });
  const rows = fresh.map((a) => a.row);
  const started = performance.now();
  const results = await store.upsertArticles(rows);
  const changed = await replaceChanged(store, reread);
  const articleOf = new Map<string, { id: string; inserted: boolean }>();
  const insertedIds: string[] = [];
  const moved: { url: string; note: string }[] = [];
  for (const [i, result] of results.entries()) {
    const source = rows[i]?.article.source as string;
    articleOf.set(source, { id: result.id, inserted: result.status === 'inserted' });
    if (result.status === 'inserted') insertedIds.push(result.id);
    const note =
      result.status === 'duplicate' && result.by === 'content' && (await movedPage(store, source, result.id));
    if (note) moved.push({ url: source, note });
  }
  const outcomes = new Map<string, BatchPageOutcome>();
  const now = new Date().toISOString();
  const records: FetchedPage[] = pages.map((p) => {
    const base = {
      urlKey: p.urlKey,
      url: p.url,
      finalUrl: p.finalUrl,
      source: p.source,
      feedUrl: p.feedUrl,
      fetchedAt: p.fetchedAt ?? now,
      status: p.status,
      attempts: p.attempts,
      contentType: p.contentType,
      etag: p.etag ?? null,
      lastModified: p.lastModified ?? null,
      listed: p.listed && Object.keys(p.listed).length ? p.listed : null,
      raw: p.body !== null && !p.rawKept ? packRaw(p.body) : null,
    };
    if (p.replaces && !p.failure && !another.has(p.url)) {
      // the page keeps its article, replaced or not; found without article text now, it keeps the old one
      outcomes.set(p.url, changed.get(p.url) ?? 'no-article');
      return { ...base, outcome: 'stored', error: null, articleId: p.replaces };
    }
    const notArticle = leftOut.get(p.url);
    if (notArticle) {
      outcomes.set(p.url, 'not-article');
      return { ...base, outcome: 'no-article', error: notArticle, articleId: null };
    }
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
      ...base,
      outcome,
      error: p.failure?.error ?? (outcome === 'no-article' ? 'no article text found' : null),
      articleId: article?.id ?? null,
    };
  });
  await store.savePages(records);
  ctx.timings?.set('store', (ctx.timings.get('store') ?? 0) + performance.now() - started);
  const notes = [...leftOut].map(([url, why]) => ({
    url,
    note: `${why}: left out (parallax fetch ${url} takes it)`,
  }));
  const undated = [...undatedOf].flatMap(([url, id]) =>
    changed.get(url) === 'updated'
      ? [
          {
            url,
            note: `undated: taken as a new version of article ${id}, the text before kept (parallax article ${id} --versions): its text changed, and without a date on both versions another day's article at this address is not told from a correction`,
          },
        ]
      : [],
  );
  return { outcomes, days: fresh.map((a) => a.day), insertedIds, moved, leftOut: notes, undated };
}
