import type { Pool } from 'pg';
import type { FetchedPage, FetchStateStore, PageCounts, PageOutcome } from '../fetch-types.ts';
import { inTransaction } from './in-transaction.ts';
import { isoOrNull, toJsonb } from './rows.ts';

/** The fetched pages in PostgreSQL (tables of migration 2): each page's record and its raw bytes. */

/** Pages read per query when streamed. */
const PAGE_SIZE = 200;

/** A `fetch_pages` row as selected (the page without its raw bytes). */
interface PageRow {
  readonly seq: string;
  readonly url_key: string;
  readonly url: string;
  readonly final_url: string | null;
  readonly source: string | null;
  readonly feed_url: string | null;
  readonly first_at: Date;
  readonly fetched_at: Date;
  readonly status: number;
  readonly outcome: string;
  readonly error: string | null;
  readonly attempts: number;
  readonly article_id: string | null;
  readonly content_type: string | null;
  readonly etag: string | null;
  readonly last_modified: string | null;
  readonly listed: Record<string, string> | null;
}

const PAGE_COLUMNS = `p.seq, p.url_key, p.url, p.final_url, p.source, p.feed_url, p.first_at, p.fetched_at, p.status,
  p.outcome, p.error, p.attempts, p.article_id, p.content_type, p.etag, p.last_modified, p.listed`;

const UPSERT_PAGE = `INSERT INTO fetch_pages (url_key, url, final_url, source, feed_url, first_at, fetched_at,
    status, outcome, error, attempts, article_id, content_type, listed, etag, last_modified, stored_at)
  VALUES ($1, $2, $3, $4, $5, coalesce($16::timestamptz, $6::timestamptz), $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
    CASE WHEN $8 = 'stored' THEN $6::timestamptz END)
  ON CONFLICT (url_key) DO UPDATE SET url = excluded.url, final_url = excluded.final_url,
    source = excluded.source, feed_url = excluded.feed_url, fetched_at = excluded.fetched_at,
    status = excluded.status, outcome = excluded.outcome, error = excluded.error,
    attempts = excluded.attempts, article_id = excluded.article_id,
    content_type = excluded.content_type, listed = excluded.listed, etag = excluded.etag,
    last_modified = excluded.last_modified, stored_at = coalesce(fetch_pages.stored_at, excluded.stored_at)
  RETURNING seq`;

// A selected row as the interface returns it.
function toPage(row: PageRow): Omit<FetchedPage, 'raw'> {
  return {
    urlKey: row.url_key,
    url: row.url,
    finalUrl: row.final_url,
    source: row.source,
    feedUrl: row.feed_url,
    fetchedAt: row.fetched_at.toISOString(),
    firstAt: row.first_at.toISOString(),
    status: row.status,
    outcome: row.outcome as PageOutcome,
    error: row.error,
    attempts: row.attempts,
    articleId: row.article_id,
    contentType: row.content_type,
    etag: row.etag,
    lastModified: row.last_modified,
    listed: row.listed,
  };
}

/** The page methods of a PostgreSQL store's fetch state. */
export function fetchPages(
  pool: Pool,
): Pick<FetchStateStore, 'savePages' | 'knownPages' | 'rawPages' | 'pageCounts'> {
  return {
    async savePages(pages) {
      await inTransaction(pool, async (client) => {
        for (const p of pages) {
          const { rows } = await client.query<{ seq: string }>(UPSERT_PAGE, [
            p.urlKey,
            p.url,
            p.finalUrl,
            p.source,
            p.feedUrl,
            p.fetchedAt,
            p.status,
            p.outcome,
            p.error,
            p.attempts,
            p.articleId,
            p.contentType,
            p.listed === null ? null : toJsonb(p.listed),
            p.etag,
            p.lastModified,
            p.firstAt ?? null,
          ]);
          if (p.raw !== null)
            await client.query(
              `INSERT INTO fetch_raw (seq, raw) VALUES ($1, $2)
               ON CONFLICT (seq) DO UPDATE SET raw = excluded.raw`,
              [rows[0]?.seq, Buffer.from(p.raw)],
            );
        }
      });
    },
    async knownPages(urlKeys) {
      const out = new Map<string, Omit<FetchedPage, 'raw'>>();
      if (urlKeys.length === 0) return out;
      const { rows } = await pool.query<PageRow>(
        `SELECT ${PAGE_COLUMNS} FROM fetch_pages p WHERE p.url_key = ANY($1::text[])`,
        [[...new Set(urlKeys)]],
      );
      for (const row of rows) out.set(row.url_key, toPage(row));
      return out;
    },
    async *rawPages() {
      let after = '0';
      for (;;) {
        const { rows } = await pool.query<PageRow & { raw: Buffer }>(
          `SELECT ${PAGE_COLUMNS}, r.raw FROM fetch_pages p JOIN fetch_raw r ON r.seq = p.seq
           WHERE p.seq > $1 ORDER BY p.seq LIMIT ${PAGE_SIZE}`,
          [after],
        );
        for (const row of rows) yield { ...toPage(row), raw: new Uint8Array(row.raw) };
        if (rows.length < PAGE_SIZE) return;
        after = (rows[rows.length - 1] as PageRow).seq;
      }
    },
    async pageCounts(since) {
      const { rows } = await pool.query<{
        source: string | null;
        attempts: number;
        failures: number;
        stored: number;
        first_at: Date | null;
        last_stored_at: Date | null;
        last_failure: { url: string; error: string | null; at: Date } | null;
      }>(
        `SELECT source,
           count(*) FILTER (WHERE fetched_at >= $1)::int AS attempts,
           count(*) FILTER (WHERE fetched_at >= $1 AND (outcome = 'failed' OR status >= 400))::int AS failures,
           count(*) FILTER (WHERE stored_at >= $1 AND outcome = 'stored')::int AS stored,
           min(first_at) AS first_at,
           max(stored_at) FILTER (WHERE outcome = 'stored') AS last_stored_at,
           (array_agg(json_build_object('url', url, 'error', error, 'at', fetched_at)
              ORDER BY fetched_at DESC, seq DESC)
              FILTER (WHERE fetched_at >= $1 AND (outcome = 'failed' OR status >= 400)))[1] AS last_failure
         FROM fetch_pages GROUP BY source ORDER BY source`,
        [since],
      );
      return rows.map(
        (r): PageCounts => ({
          source: r.source,
          attempts: r.attempts,
          failures: r.failures,
          stored: r.stored,
          firstAt: isoOrNull(r.first_at),
          lastStoredAt: isoOrNull(r.last_stored_at),
          lastFailure: r.last_failure && {
            url: r.last_failure.url,
            error: r.last_failure.error,
            at: new Date(r.last_failure.at).toISOString(),
          },
        }),
      );
    },
  };
}
