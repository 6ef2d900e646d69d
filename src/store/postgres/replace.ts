import type { PoolClient } from 'pg';
import { stemmedText } from '../search-stems.ts';
import type { ArticleReplacement, ReplaceOutcome } from '../types.ts';
import { NEXT_ORD, PRESENT_READ } from './revisions.ts';
import { isoOrNull, toJsonb } from './rows.ts';
import { REFRESH_NEWEST } from './stories.ts';

/**
 * Replacing stored articles by a new extraction of the same page, in the given transaction: the
 * row's metadata, text, JSON, features and search vector, its membership's copy of its time and
 * outlet, and its shingle sample; each story of a replaced article is marked changed (after every
 * earlier change of any story), so its report is stale and refreshed in turn.
 */

const UPDATE = `
  UPDATE articles SET content_hash = $2, outlet = $3, title = $4, published_at = $5, published = $6,
    text = $7, article = $8::jsonb, features = $9::jsonb,
    search = setweight(to_tsvector('parallax_folded', coalesce($10, '')), 'A') ||
             setweight(to_tsvector('parallax_folded', $11), 'D')
  WHERE seq = $1
  RETURNING sort_at`;

/** Replace articles in the given transaction; see `Store.replaceArticles`. */
export async function replaceBatch(
  client: PoolClient,
  batch: readonly ArticleReplacement[],
): Promise<ReplaceOutcome[]> {
  const outcomes: ReplaceOutcome[] = [];
  const stories = new Set<string>();
  for (const item of batch) {
    const found = await client.query<{ seq: string }>('SELECT seq FROM articles WHERE id = $1 FOR UPDATE', [
      item.id,
    ]);
    const seq = found.rows[0]?.seq;
    if (seq === undefined) {
      outcomes.push({ status: 'unknown', id: item.id });
      continue;
    }
    const other = await client.query<{ id: string }>(
      'SELECT id FROM articles WHERE content_hash = $1 AND seq <> $2',
      [item.contentHash, seq],
    );
    if (other.rows[0]) {
      outcomes.push({ status: 'duplicate', id: item.id, by: other.rows[0].id });
      continue;
    }
    const { id: _id, text, ...article } = item.article;
    // the page changed (a correction): its version before is kept, with when the store read the change
    // and when it read that version (`presentRead`), last in the article's order
    if (item.keepEarlier)
      await client.query(
        `INSERT INTO article_revisions (article_seq, replaced_at, title, text, modified_at, published_at,
           read_at, ord)
         SELECT a.seq, date_trunc('milliseconds', now()), a.title, a.text, a.article->>'modifiedAt',
           a.article->>'publishedAt', ${PRESENT_READ}, ${NEXT_ORD}
         FROM articles a WHERE a.seq = $1 AND (a.title IS DISTINCT FROM $2 OR a.text <> $3)`,
        [seq, item.article.title, text.replaceAll('\u0000', '\uFFFD')],
      );
    const updated = await client.query<{ sort_at: Date }>(UPDATE, [
      seq,
      item.contentHash,
      item.article.outlet,
      item.article.title,
      isoOrNull(item.article.publishedAt),
      item.article.publishedAt,
      text.replaceAll('\u0000', '\uFFFD'),
      toJsonb(article),
      toJsonb(item.features ?? null),
      // the title and text as search indexes them (each word its stem)
      item.article.title === null ? null : stemmedText(item.article.title).replaceAll('\u0000', '\uFFFD'),
      stemmedText(text).replaceAll('\u0000', '\uFFFD'),
    ]);
    const member = await client.query<{ story_id: string }>(
      'UPDATE memberships SET sort_at = $2, outlet = $3 WHERE article_seq = $1 RETURNING story_id',
      [seq, updated.rows[0]?.sort_at, item.article.outlet],
    );
    if (member.rows[0]) stories.add(member.rows[0].story_id);
    if (item.shingles !== undefined) {
      await client.query('DELETE FROM article_shingles WHERE article_seq = $1', [seq]);
      const hashes = [...new Set(item.shingles)];
      if (hashes.length)
        await client.query(
          `INSERT INTO article_shingles (shingle, article_seq)
           SELECT s, $2::bigint FROM unnest($1::bigint[]) AS s ON CONFLICT DO NOTHING`,
          [hashes, seq],
        );
    }
    outcomes.push({ status: 'replaced', id: item.id });
  }
  await touchStories(client, stories);
  if (stories.size) await client.query(REFRESH_NEWEST, [[...stories]]);
  return outcomes;
}

/**
 * Mark stories changed, after every earlier change of any story (so a stored report of theirs is
 * stale and the story list's order sees them): replaced pages, turned copies.
 */
export async function touchStories(client: PoolClient, stories: ReadonlySet<string>): Promise<void> {
  if (stories.size)
    await client.query(
      `UPDATE stories SET updated_at = greatest(date_trunc('milliseconds', now()),
         (SELECT max(updated_at) FROM stories) + interval '1 millisecond')
       WHERE id = ANY($1::text[])`,
      [[...stories]],
    );
}
