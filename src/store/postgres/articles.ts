// Writing articles to PostgreSQL: a batch inserted, duplicates told apart, copies linked, shingles kept
// (reading them: read-articles.ts).
import type { PoolClient } from 'pg';
import { namingOriginal } from '../../model/syndication-note.ts';
import { stemmedText } from '../search-stems.ts';
import type { NewArticle, UpsertOutcome } from '../types.ts';
import { ARTICLE_ID_PREFIX } from './patterns.ts';
import { isoOrNull, toJsonb } from './rows.ts';

/** One batch element as the insert statement reads it from its JSON parameter. */
interface InputRow {
  readonly ord: number;
  readonly url_key: string | null;
  readonly content_hash: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published_at: string | null;
  readonly published: string | null;
  readonly text: string;
  /** The title and text as search indexes them (each word its stem, see search-stems.ts). */
  readonly search_title: string | null;
  readonly search_text: string;
  readonly article: unknown;
  readonly features: unknown;
  readonly another: boolean;
}

// One statement inserts the whole batch in its order. ON CONFLICT DO NOTHING on both unique indexes
// (URL key and edition, content hash) skips an article that is stored already, by this batch
// included, or that a concurrent transaction commits meanwhile (the insert waits for it, then
// skips). An article at a stored address (`another`) takes the next edition there, else the first.
const INSERT_BATCH = `
  INSERT INTO articles (seq, id, url_key, content_hash, outlet, title, published_at, published,
                        ingested_at, text, article, features, search, edition)
  SELECT n, $2 || n, url_key, content_hash, outlet, title, published_at, published,
         date_trunc('milliseconds', now()), text, article, features,
         setweight(to_tsvector('parallax_folded', coalesce(search_title, '')), 'A') ||
           setweight(to_tsvector('parallax_folded', search_text), 'D'),
         CASE WHEN another THEN
           coalesce((SELECT max(a.edition) FROM articles a WHERE a.url_key = numbered.url_key), 0)
             + row_number() OVER (PARTITION BY url_key, another ORDER BY ord)
         ELSE 0 END
  FROM (
    SELECT nextval('articles_seq_seq') AS n, sorted.*
    FROM (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(ord int, url_key text, content_hash text,
        outlet text, title text, published_at timestamptz, published text, text text, search_title text,
        search_text text, article jsonb, features jsonb, another boolean)
      ORDER BY ord
    ) AS sorted
  ) AS numbered
  ON CONFLICT DO NOTHING
  RETURNING id, url_key, content_hash`;

// What the skipped ones duplicate: by URL first (the newest article at the address), then by
// content; an article at a stored address by content first.
const FIND_DUPLICATES = `
  SELECT x.ord, x.another,
         (SELECT a.id FROM articles a WHERE a.url_key = x.url_key ORDER BY a.edition DESC LIMIT 1) AS by_url,
         (SELECT a.id FROM articles a WHERE a.content_hash = x.content_hash) AS by_content
  FROM jsonb_to_recordset($1::jsonb) AS x(ord int, url_key text, content_hash text, another boolean)`;

/**
 * Insert a batch in the given transaction, reporting for each article whether it was inserted or
 * which stored article it duplicates.
 */
export async function insertBatch(
  client: PoolClient,
  batch: readonly NewArticle[],
): Promise<UpsertOutcome[]> {
  const input: InputRow[] = batch.map((item, ord) => {
    const { id: _id, text, ...article } = item.article;
    return {
      ord,
      url_key: item.urlKey,
      content_hash: item.contentHash,
      outlet: item.article.outlet,
      title: item.article.title,
      published_at: isoOrNull(item.article.publishedAt),
      published: item.article.publishedAt,
      text,
      search_title: item.article.title === null ? null : stemmedText(item.article.title),
      search_text: stemmedText(text),
      article,
      features: item.features ?? null,
      another: item.atStoredAddress === true,
    };
  });
  const json = toJsonb(input);
  const inserted = await client.query<{ id: string; url_key: string | null; content_hash: string }>(
    INSERT_BATCH,
    [json, ARTICLE_ID_PREFIX],
  );
  const outcomes: (UpsertOutcome | undefined)[] = new Array(batch.length);
  // A new row is the first input with its URL key and content hash: any later one with both the
  // same conflicted with it.
  const byKeys = new Map(
    inserted.rows.map((row) => [JSON.stringify([row.url_key, row.content_hash]), row.id]),
  );
  for (const row of input) {
    const key = JSON.stringify([row.url_key, row.content_hash]);
    const id = byKeys.get(key);
    if (id === undefined) continue;
    outcomes[row.ord] = { status: 'inserted', id };
    byKeys.delete(key);
  }
  if (inserted.rows.length < batch.length) {
    const missing = input.filter((row) => outcomes[row.ord] === undefined);
    const found = await client.query<{
      ord: number;
      another: boolean;
      by_url: string | null;
      by_content: string | null;
    }>(FIND_DUPLICATES, [
      toJsonb(
        missing.map(({ ord, url_key, content_hash, another }) => ({ ord, url_key, content_hash, another })),
      ),
    ]);
    for (const row of found.rows) {
      const byContent = { status: 'duplicate', id: row.by_content, by: 'content' } as const;
      if (row.another && row.by_content !== null) outcomes[row.ord] = byContent as UpsertOutcome;
      else if (row.by_url !== null) outcomes[row.ord] = { status: 'duplicate', id: row.by_url, by: 'url' };
      else if (row.by_content !== null) outcomes[row.ord] = byContent as UpsertOutcome;
    }
  }
  const done = outcomes.map((outcome, ord) => {
    if (outcome === undefined)
      throw new Error(`postgres store: article ${ord} of the batch was neither stored nor found`);
    return outcome;
  });
  await linkSyndicated(client, batch, done);
  await insertShingles(client, batch, done);
  return done;
}

/** The sampled shingles of the batch's new articles, for later ingests to find copies of them. */
async function insertShingles(
  client: PoolClient,
  batch: readonly NewArticle[],
  outcomes: readonly UpsertOutcome[],
): Promise<void> {
  const shingles: number[] = [];
  const seqs: string[] = [];
  batch.forEach((item, ord) => {
    const outcome = outcomes[ord] as UpsertOutcome;
    if (outcome.status !== 'inserted') return;
    const seq = outcome.id.slice(ARTICLE_ID_PREFIX.length);
    for (const shingle of new Set(item.shingles ?? [])) {
      shingles.push(shingle);
      seqs.push(seq);
    }
  });
  if (shingles.length === 0) return;
  await client.query(
    `INSERT INTO article_shingles (shingle, article_seq)
     SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING`,
    [shingles, seqs],
  );
}

/**
 * A new article that names another of its batch in `syndicatedFrom` (by the caller's batch-local id)
 * is made to name that article's store id: the one it was inserted under, or the one it duplicates.
 */
async function linkSyndicated(
  client: PoolClient,
  batch: readonly NewArticle[],
  outcomes: readonly UpsertOutcome[],
): Promise<void> {
  const storeIds = new Map(batch.map((item, ord) => [item.article.id, (outcomes[ord] as UpsertOutcome).id]));
  const ids: string[] = [];
  const sources: string[] = [];
  const notes: (string | null)[] = [];
  batch.forEach((item, ord) => {
    const outcome = outcomes[ord] as UpsertOutcome;
    const source =
      item.article.syndicatedFrom === null ? undefined : storeIds.get(item.article.syndicatedFrom);
    if (outcome.status === 'inserted' && source !== undefined) {
      ids.push(outcome.id);
      sources.push(source);
      // its note names the original as syndicatedFrom does
      notes.push(namingOriginal(item.article, source).syndicationNote);
    }
  });
  if (ids.length === 0) return;
  await client.query(
    `UPDATE articles SET article = article || jsonb_build_object('syndicatedFrom', link.source, 'syndicationNote', link.note)
     FROM unnest($1::text[], $2::text[], $3::text[]) AS link(id, source, note) WHERE articles.id = link.id`,
    [ids, sources, notes],
  );
}
