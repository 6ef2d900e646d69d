import type {
  FeedState,
  FetchedPage,
  FetchStateStore,
  PageCounts,
  PageFailure,
  PageOutcome,
} from '../fetch-types.ts';
import type { Db } from './db.ts';
import { fetchNotes } from './fetch-notes.ts';
import { setAsidePages } from './given-up.ts';

/**
 * The fetch state in SQLite (tables of migration 2): sources, feeds, pages, and the pages' raw bytes.
 */

/** Pages read per query when streamed: no statement stays open across an `await`. */
const PAGE_SIZE = 200;

/** A `fetch_pages` row as selected (the page without its raw bytes). */
interface PageRow {
  readonly seq: number;
  readonly url_key: string;
  readonly url: string;
  readonly final_url: string | null;
  readonly source: string | null;
  readonly feed_url: string | null;
  readonly first_at: string;
  readonly fetched_at: string;
  readonly status: number;
  readonly outcome: string;
  readonly error: string | null;
  readonly attempts: number;
  readonly article_id: string | null;
  readonly content_type: string | null;
  readonly etag: string | null;
  readonly last_modified: string | null;
  readonly listed: string | null;
}

const PAGE_COLUMNS = `p.seq, p.url_key, p.url, p.final_url, p.source, p.feed_url, p.first_at, p.fetched_at, p.status,
  p.outcome, p.error, p.attempts, p.article_id, p.content_type, p.etag, p.last_modified, p.listed`;

function toPage(row: PageRow): Omit<FetchedPage, 'raw'> {
  return {
    urlKey: row.url_key,
    url: row.url,
    finalUrl: row.final_url,
    source: row.source,
    feedUrl: row.feed_url,
    fetchedAt: row.fetched_at,
    firstAt: row.first_at,
    status: row.status,
    outcome: row.outcome as PageOutcome,
    error: row.error,
    attempts: row.attempts,
    articleId: row.article_id,
    contentType: row.content_type,
    etag: row.etag,
    lastModified: row.last_modified,
    listed: row.listed === null ? null : (JSON.parse(row.listed) as Record<string, string>),
  };
}

/** The fetch-state methods of a SQLite store. */
export function fetchState(db: Db): FetchStateStore {
  return {
    ...setAsidePages(db),
    ...fetchNotes(db),
    async saveSources(sources) {
      db.write(() => {
        const upsert =
          db.stmt(`INSERT OR REPLACE INTO fetch_sources (name_key, name, urls, leaning, owner, every_ms)
          VALUES (?, ?, ?, ?, ?, ?)`);
        for (const s of sources)
          upsert.run(s.name.toLowerCase(), s.name, JSON.stringify(s.urls), s.leaning, s.owner, s.everyMs);
      });
    },
    async fetchSources() {
      const rows = db.stmt('SELECT * FROM fetch_sources ORDER BY name_key').all() as unknown as {
        name: string;
        urls: string;
        leaning: string | null;
        owner: string | null;
        every_ms: number | null;
      }[];
      return rows.map((r) => ({
        name: r.name,
        urls: JSON.parse(r.urls) as string[],
        leaning: r.leaning,
        owner: r.owner,
        everyMs: r.every_ms,
      }));
    },
    async saveFeedStates(states) {
      db.write(() => {
        const upsert = db.stmt(`INSERT OR REPLACE INTO fetch_feeds (url, source, etag, last_modified,
          checked_at, ok_at, status, error, attempts, failures, entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
        for (const f of states)
          upsert.run(
            f.url,
            f.source,
            f.etag,
            f.lastModified,
            f.checkedAt,
            f.okAt,
            f.status,
            f.error,
            f.attempts,
            f.failures,
            f.entries,
          );
      });
    },
    async feedStates() {
      const rows = db.stmt('SELECT * FROM fetch_feeds ORDER BY url').all() as unknown as {
        url: string;
        source: string | null;
        etag: string | null;
        last_modified: string | null;
        checked_at: string | null;
        ok_at: string | null;
        status: number;
        error: string | null;
        attempts: number;
        failures: number;
        entries: number;
      }[];
      return rows.map(
        (r): FeedState => ({
          url: r.url,
          source: r.source,
          etag: r.etag,
          lastModified: r.last_modified,
          checkedAt: r.checked_at,
          okAt: r.ok_at,
          status: r.status,
          error: r.error,
          attempts: r.attempts,
          failures: r.failures,
          entries: r.entries,
        }),
      );
    },
    async savePages(pages) {
      db.write(() => {
        const upsert = db.stmt(`INSERT INTO fetch_pages (url_key, url, final_url, source, feed_url, first_at,
          fetched_at, status, outcome, error, attempts, article_id, content_type, listed, etag, last_modified,
          stored_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (url_key) DO UPDATE SET url = excluded.url, final_url = excluded.final_url,
            source = excluded.source, feed_url = excluded.feed_url, fetched_at = excluded.fetched_at,
            status = excluded.status, outcome = excluded.outcome, error = excluded.error,
            attempts = excluded.attempts, article_id = excluded.article_id,
            content_type = excluded.content_type, listed = excluded.listed, etag = excluded.etag,
            last_modified = excluded.last_modified,
            stored_at = coalesce(fetch_pages.stored_at, excluded.stored_at)
          RETURNING seq`);
        const raw = db.stmt('INSERT OR REPLACE INTO fetch_raw (seq, raw) VALUES (?, ?)');
        for (const p of pages) {
          const row = upsert.get(
            p.urlKey,
            p.url,
            p.finalUrl,
            p.source,
            p.feedUrl,
            p.firstAt ?? p.fetchedAt,
            p.fetchedAt,
            p.status,
            p.outcome,
            p.error,
            p.attempts,
            p.articleId,
            p.contentType,
            p.listed === null ? null : JSON.stringify(p.listed),
            p.etag,
            p.lastModified,
            p.outcome === 'stored' ? p.fetchedAt : null,
          ) as { seq: number };
          if (p.raw !== null) raw.run(row.seq, p.raw);
        }
      });
    },
    async knownPages(urlKeys) {
      const out = new Map<string, Omit<FetchedPage, 'raw'>>();
      const select = db.stmt(`SELECT ${PAGE_COLUMNS} FROM fetch_pages p WHERE p.url_key = ?`);
      db.read(() => {
        for (const key of new Set(urlKeys)) {
          const row = select.get(key) as unknown as PageRow | undefined;
          if (row !== undefined) out.set(key, toPage(row));
        }
      });
      return out;
    },
    async *rawPages() {
      const sql = `SELECT ${PAGE_COLUMNS}, r.raw FROM fetch_pages p JOIN fetch_raw r ON r.seq = p.seq
        WHERE p.seq > ? ORDER BY p.seq LIMIT ${PAGE_SIZE}`;
      let after = 0;
      for (;;) {
        const rows = db.stmt(sql).all(after) as unknown as (PageRow & { raw: Uint8Array })[];
        for (const row of rows) yield { ...toPage(row), raw: new Uint8Array(row.raw) };
        if (rows.length < PAGE_SIZE) return;
        after = (rows[rows.length - 1] as PageRow).seq;
      }
    },
    async pageCounts(since) {
      const rows = db
        .stmt(
          `SELECT source,
             sum(fetched_at >= ?1) AS attempts,
             sum(fetched_at >= ?1 AND (outcome = 'failed' OR status >= 400)) AS failures,
             sum(stored_at >= ?1 AND outcome = 'stored') AS stored,
             min(first_at) AS first_at,
             max(CASE WHEN outcome = 'stored' THEN stored_at END) AS last_stored_at,
             (SELECT json_object('url', f.url, 'error', f.error, 'at', f.fetched_at) FROM fetch_pages f
               WHERE f.source IS p.source AND (f.outcome = 'failed' OR f.status >= 400) AND f.fetched_at >= ?1
               ORDER BY f.fetched_at DESC, f.seq DESC LIMIT 1) AS last_failure
           FROM fetch_pages p GROUP BY source ORDER BY source`,
        )
        .all(since) as unknown as {
        source: string | null;
        attempts: number;
        failures: number;
        stored: number;
        first_at: string | null;
        last_stored_at: string | null;
        last_failure: string | null;
      }[];
      return rows.map(
        (r): PageCounts => ({
          source: r.source,
          attempts: r.attempts,
          failures: r.failures,
          stored: r.stored,
          firstAt: r.first_at,
          lastStoredAt: r.last_stored_at,
          lastFailure: r.last_failure === null ? null : (JSON.parse(r.last_failure) as PageFailure),
        }),
      );
    },
  };
}
