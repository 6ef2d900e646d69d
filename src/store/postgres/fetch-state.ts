import type { Pool } from 'pg';
import type { FeedState, FetchStateStore } from '../fetch-types.ts';
import { fetchNotes } from './fetch-notes.ts';
import { fetchPages } from './fetch-pages.ts';
import { setAsidePages } from './given-up.ts';
import { inTransaction } from './in-transaction.ts';
import { isoOrNull } from './rows.ts';

/**
 * The fetch state in PostgreSQL (tables of migration 2): sources and feeds here, pages and their raw
 * bytes in fetch-pages.ts.
 */

/** The fetch-state methods of a PostgreSQL store. */
export function fetchState(pool: Pool): FetchStateStore {
  return {
    ...fetchPages(pool),
    ...setAsidePages(pool),
    ...fetchNotes(pool),
    async saveSources(sources) {
      await inTransaction(pool, async (client) => {
        for (const s of sources)
          await client.query(
            `INSERT INTO fetch_sources (name_key, name, urls, leaning, owner, every_ms)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, urls = excluded.urls,
               leaning = excluded.leaning, owner = excluded.owner, every_ms = excluded.every_ms`,
            [s.name.toLowerCase(), s.name, JSON.stringify(s.urls), s.leaning, s.owner, s.everyMs],
          );
      });
    },
    async fetchSources() {
      const { rows } = await pool.query<{
        name: string;
        urls: string[];
        leaning: string | null;
        owner: string | null;
        every_ms: string | null;
      }>('SELECT * FROM fetch_sources ORDER BY name_key');
      return rows.map((r) => ({
        name: r.name,
        urls: r.urls,
        leaning: r.leaning,
        owner: r.owner,
        everyMs: r.every_ms === null ? null : Number(r.every_ms),
      }));
    },
    async saveFeedStates(states) {
      await inTransaction(pool, async (client) => {
        for (const f of states)
          await client.query(
            `INSERT INTO fetch_feeds (url, source, etag, last_modified, checked_at, ok_at, status, error,
               attempts, failures, entries) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (url) DO UPDATE SET source = excluded.source, etag = excluded.etag,
               last_modified = excluded.last_modified, checked_at = excluded.checked_at,
               ok_at = excluded.ok_at, status = excluded.status, error = excluded.error,
               attempts = excluded.attempts, failures = excluded.failures, entries = excluded.entries`,
            [
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
            ],
          );
      });
    },
    async feedStates() {
      const { rows } = await pool.query<{
        url: string;
        source: string | null;
        etag: string | null;
        last_modified: string | null;
        checked_at: Date | null;
        ok_at: Date | null;
        status: number;
        error: string | null;
        attempts: number;
        failures: number;
        entries: number;
      }>('SELECT * FROM fetch_feeds ORDER BY url');
      return rows.map(
        (r): FeedState => ({
          url: r.url,
          source: r.source,
          etag: r.etag,
          lastModified: r.last_modified,
          checkedAt: isoOrNull(r.checked_at),
          okAt: isoOrNull(r.ok_at),
          status: r.status,
          error: r.error,
          attempts: r.attempts,
          failures: r.failures,
          entries: r.entries,
        }),
      );
    },
  };
}
