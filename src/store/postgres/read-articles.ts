// Reading stored articles from PostgreSQL: the list filters, articles streamed or by id, the earliest
// one in no story, and the grouping features (writing them: articles.ts).
import type { Pool } from 'pg';
import { sinceOrNull } from '../dates.ts';
import type { ListFilter, StoredArticle } from '../types.ts';
import { inTransaction } from './in-transaction.ts';
import { PAGE_SIZE } from './patterns.ts';
import { ARTICLE_COLUMNS, type ArticleRow, toStoredArticle } from './rows.ts';

/** SQL conditions and parameters for the `since` and `outlet` filters on the `articles` table. */
export function articleFilter(filter: ListFilter, params: unknown[], alias: string): string[] {
  const where: string[] = [];
  const since = sinceOrNull(filter.since);
  if (since !== null) {
    params.push(since);
    where.push(`${alias}.sort_at >= $${params.length}`);
  }
  if (filter.outlet !== undefined) {
    params.push(filter.outlet);
    where.push(`lower(${alias}.outlet) = lower($${params.length})`);
  }
  return where;
}

/** Stream stored articles in ingest order, a page at a time (keyset on the sequence number). */
export async function* streamArticles(pool: Pool, filter: ListFilter): AsyncIterable<StoredArticle> {
  let after = 0n;
  let left = filter.limit ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const params: unknown[] = [after.toString()];
    const where = ['a.seq > $1', ...articleFilter(filter, params, 'a')];
    params.push(Math.min(PAGE_SIZE, left));
    const page = await pool.query<ArticleRow & { seq: string }>(
      `SELECT a.seq, ${ARTICLE_COLUMNS} FROM articles a WHERE ${where.join(' AND ')}
       ORDER BY a.seq LIMIT $${params.length}`,
      params,
    );
    for (const row of page.rows) yield toStoredArticle(row);
    if (page.rows.length < PAGE_SIZE) return;
    left -= page.rows.length;
    after = BigInt((page.rows.at(-1) as { seq: string }).seq);
  }
}

/** One stored article by its id, or null. */
export async function getArticle(pool: Pool, id: string): Promise<StoredArticle | null> {
  const found = await pool.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`, [
    id,
  ]);
  const row = found.rows[0];
  return row === undefined ? null : toStoredArticle(row);
}

/** The ids of the articles at each address, by edition (`Store.addressArticles`). */
export async function addressArticles(
  pool: Pool,
  urlKeys: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!urlKeys.length) return out;
  const { rows } = await pool.query<{ url_key: string; id: string }>(
    'SELECT url_key, id FROM articles WHERE url_key = ANY($1::text[]) ORDER BY url_key, edition',
    [[...new Set(urlKeys)]],
  );
  for (const row of rows) out.set(row.url_key, [...(out.get(row.url_key) ?? []), row.id]);
  return out;
}

/**
 * The sort time of the earliest article in no story (no membership), or its ingest time when `by`
 * is 'stored'; null when every article is placed. Read as a merge of the two primary keys in order
 * (index-only scans), as every grouping step and first changes page asks: the planner's own choice,
 * a hash of every membership, took p50 343.7 ms on 100,000 articles against 75.5 ms so (bench/pg-unplaced.ts
 * prints both and their plans; the run's figures: README, "PostgreSQL, for a team").
 */
export async function earliestUnplaced(pool: Pool, by?: 'stored'): Promise<string | null> {
  let found: Date | null = null;
  await inTransaction(pool, async (client) => {
    await client.query('SET LOCAL enable_hashjoin = off');
    const rows: { rows: { at: Date | null }[] } = await client.query(
      `SELECT min(a.${by === 'stored' ? 'ingested_at' : 'sort_at'}) AS at FROM articles a
         WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_seq = a.seq)`,
    );
    found = rows.rows[0]?.at ?? null;
  });
  return (found as Date | null)?.toISOString() ?? null;
}

/** Stream the grouping features of articles at or after `since`, oldest first (keyset pagination). */
export async function* streamFeatures(
  pool: Pool,
  since: string | null,
): AsyncIterable<{ readonly id: string; readonly storyId: string | null; readonly features: unknown }> {
  let after: { at: Date; seq: string } | null = null;
  const from = sinceOrNull(since ?? undefined);
  for (;;) {
    const params: unknown[] = [from, after?.at ?? null, after?.seq ?? null, PAGE_SIZE];
    const page: {
      rows: { seq: string; sort_at: Date; id: string; story_id: string | null; features: unknown }[];
    } = await pool.query(
      `SELECT a.seq, a.sort_at, a.id, m.story_id, a.features
         FROM articles a LEFT JOIN memberships m ON m.article_seq = a.seq
         WHERE ($1::timestamptz IS NULL OR a.sort_at >= $1)
           AND ($2::timestamptz IS NULL OR (a.sort_at, a.seq) > ($2, $3::bigint))
         ORDER BY a.sort_at, a.seq LIMIT $4`,
      params,
    );
    for (const row of page.rows) yield { id: row.id, storyId: row.story_id, features: row.features };
    const last = page.rows.at(-1);
    if (page.rows.length < PAGE_SIZE || last === undefined) return;
    after = { at: last.sort_at, seq: last.seq };
  }
}
