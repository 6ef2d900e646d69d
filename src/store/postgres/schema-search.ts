import type { PoolClient } from 'pg';
import { stemmedText } from '../search-stems.ts';

/** Articles whose search vector one statement of the migration writes. */
const BATCH = 500;

/**
 * Schema 16: each article's search vector holds its words' stems (search-stems.ts, computed here as
 * at ingest), so "resignation" finds "resigned": the vectors are computed again from the stored titles
 * and texts, a batch at a time in the migration's transaction; no other column changes. Re-runnable.
 */
export async function stemmedSearch(client: PoolClient): Promise<void> {
  for (let after = -1; ; ) {
    const { rows } = await client.query<{ seq: string; title: string | null; text: string }>(
      'SELECT seq, title, text FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2',
      [after, BATCH],
    );
    if (rows.length === 0) return;
    await client.query(
      `UPDATE articles a SET search = setweight(to_tsvector('parallax_folded', coalesce(x.title, '')), 'A') ||
         setweight(to_tsvector('parallax_folded', x.body), 'D')
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS x(seq, title, body) WHERE a.seq = x.seq`,
      [
        rows.map((row) => row.seq),
        rows.map((row) => (row.title === null ? null : stemmedText(row.title))),
        rows.map((row) => stemmedText(row.text)),
      ],
    );
    after = Number(rows.at(-1)?.seq);
  }
}
