import type { Pool } from 'pg';
import { type FetchStateStore, noteKey } from '../fetch-types.ts';

/** The listing problems told before (`rememberNotes`), in PostgreSQL. */
export function fetchNotes(pool: Pool): Pick<FetchStateStore, 'rememberNotes'> {
  return {
    async rememberNotes(notes, at) {
      if (!notes.length) return new Set();
      // those inserted now are new; the rest were told before
      const { rows } = await pool.query<{ url: string; note: string }>(
        `INSERT INTO fetch_notes (url, note, first_at)
         SELECT url, note, $3 FROM unnest($1::text[], $2::text[]) AS n (url, note)
         ON CONFLICT DO NOTHING RETURNING url, note`,
        [notes.map((n) => n.url), notes.map((n) => n.error), at],
      );
      const fresh = new Set(rows.map((r) => noteKey({ url: r.url, error: r.note })));
      return new Set(notes.map(noteKey).filter((key) => !fresh.has(key)));
    },
  };
}
