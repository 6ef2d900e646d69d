import { type FetchStateStore, noteKey } from '../fetch-types.ts';
import type { Db } from './db.ts';

/** The listing problems told before (`rememberNotes`), in SQLite. */
export function fetchNotes(db: Db): Pick<FetchStateStore, 'rememberNotes'> {
  return {
    async rememberNotes(notes, at) {
      if (!notes.length) return new Set();
      return db.write(() => {
        const known = new Set<string>();
        const insert = db.stmt(
          'INSERT INTO fetch_notes (url, note, first_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING url',
        );
        for (const n of notes) if (insert.get(n.url, n.error, at) === undefined) known.add(noteKey(n));
        return known;
      });
    },
  };
}
