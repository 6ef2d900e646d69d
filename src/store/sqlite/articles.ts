import { createHash } from 'node:crypto';
import type { SQLInputValue } from 'node:sqlite';
import { namingOriginal } from '../../model/syndication-note.ts';
import { isoOrNull, sinceOrNull } from '../dates.ts';
import { stemmedText } from '../search-stems.ts';
import type { ListFilter, NewArticle, StoredArticle, UpsertOutcome } from '../types.ts';
import type { Db } from './db.ts';
import { ARTICLE_COLUMNS, type ArticleRow, shingleDay, toStoredArticle } from './rows.ts';

/**
 * The articles table: inserting a batch once (duplicates by URL key and by content hash reported),
 * and listing articles and their grouping features page by page.
 */

/** The prefix of the store's article ids (`a` + ingest sequence number). */
export const ARTICLE_ID_PREFIX = 'a';

/** Rows read per page when a list is streamed: no statement stays open across an `await`. */
const PAGE_SIZE = 500;

const INSERT = `INSERT INTO articles (seq, id, url_key, content_hash, outlet, outlet_key, title, published_at,
  sort_at, ingested_at, edition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_BODY = 'INSERT INTO article_bodies (seq, features, article, text) VALUES (?, ?, ?, ?)';
const INSERT_INDEX = 'INSERT INTO articles_fts (rowid, title, text, outlet_tag) VALUES (?, ?, ?, ?)';
const INSERT_SHINGLE = 'INSERT OR IGNORE INTO article_shingles (day, shingle, seq) VALUES (?, ?, ?)';

/**
 * The key the store files an outlet under (`outlet_key`, the outlets table): its name lower-cased, for
 * filters that compare names case-insensitively.
 */
export function storedOutletKey(outlet: string): string {
  return outlet.toLowerCase();
}

/**
 * The one search token that stands for an outlet in the full-text index (`o` and 16 hex digits of
 * its key's hash), so a search filtered by outlet intersects two lists inside the index instead of
 * reading every matching row.
 */
export function outletTag(outlet: string): string {
  return `o${createHash('sha256').update(storedOutletKey(outlet)).digest('hex').slice(0, 16)}`;
}

/**
 * An article's row of the full-text index (`INSERT INTO articles_fts (rowid, title, text, outlet_tag)`):
 * its title and text as search reads them (each word its stem, see search-stems.ts) and its outlet's token.
 */
export function indexRow(
  seq: number,
  title: string | null,
  text: string,
  outlet: string | null,
): SQLInputValue[] {
  return [
    seq,
    title === null ? null : stemmedText(title),
    stemmedText(text),
    outlet === null ? null : outletTag(outlet),
  ];
}

/**
 * Insert a batch in one transaction; each article is inserted, or reported as the duplicate of a
 * stored (or earlier batch) article by URL key first, then by content hash.
 */
export function insertBatch(db: Db, batch: readonly NewArticle[], now: string): UpsertOutcome[] {
  return db.write(() => {
    // the newest article at the address (a page overwritten daily holds several), and its edition
    const byUrl = db.stmt('SELECT id, edition FROM articles WHERE url_key = ? ORDER BY edition DESC LIMIT 1');
    const byHash = db.stmt('SELECT id FROM articles WHERE content_hash = ?');
    const last = db.stmt('SELECT coalesce(max(seq), 0) AS seq FROM articles').get() as { seq: number };
    let seq = last.seq;
    // First decide every outcome, so a batch-local `syndicatedFrom` can name the store's id.
    const seenUrl = new Map<string, { id: string; edition: number }>();
    const seenHash = new Map<string, string>();
    const outcomes: UpsertOutcome[] = [];
    const editions: number[] = [];
    const idOf = new Map<string, string>();
    for (const item of batch) {
      const key = item.urlKey;
      const atUrl =
        key === null
          ? undefined
          : (seenUrl.get(key) ?? (byUrl.get(key) as { id: string; edition: number } | undefined));
      const hashId =
        seenHash.get(item.contentHash) ?? (byHash.get(item.contentHash)?.id as string | undefined);
      let outcome: UpsertOutcome;
      if (atUrl !== undefined && !item.atStoredAddress)
        outcome = { status: 'duplicate', id: atUrl.id, by: 'url' };
      else if (hashId !== undefined) outcome = { status: 'duplicate', id: hashId, by: 'content' };
      else {
        outcome = { status: 'inserted', id: `${ARTICLE_ID_PREFIX}${++seq}` };
        const edition = atUrl === undefined ? 0 : atUrl.edition + 1;
        editions[outcomes.length] = edition;
        if (key !== null) seenUrl.set(key, { id: outcome.id, edition });
        seenHash.set(item.contentHash, outcome.id);
      }
      outcomes.push(outcome);
      if (!idOf.has(item.article.id)) idOf.set(item.article.id, outcome.id);
    }
    const insert = db.stmt(INSERT);
    const insertBody = db.stmt(INSERT_BODY);
    const insertIndex = db.stmt(INSERT_INDEX);
    const insertShingle = db.stmt(INSERT_SHINGLE);
    batch.forEach((item, index) => {
      const outcome = outcomes[index] as UpsertOutcome;
      if (outcome.status !== 'inserted') return;
      const { id: _id, text, ...rest } = item.article;
      const from = rest.syndicatedFrom;
      const to = from === null ? undefined : idOf.get(from);
      const article = to === undefined ? rest : namingOriginal(rest, to);
      const published = isoOrNull(item.article.publishedAt);
      const { outlet, title } = item.article;
      const rowSeq = Number(outcome.id.slice(ARTICLE_ID_PREFIX.length));
      insert.run(
        rowSeq,
        outcome.id,
        item.urlKey,
        item.contentHash,
        outlet,
        outlet === null ? null : storedOutletKey(outlet),
        title,
        published,
        published ?? now,
        now,
        editions[index] ?? 0,
      );
      insertBody.run(
        rowSeq,
        item.features === undefined ? null : JSON.stringify(item.features),
        JSON.stringify(article),
        text,
      );
      insertIndex.run(...indexRow(rowSeq, title, text, outlet));
      const day = shingleDay(published ?? now);
      for (const shingle of item.shingles ?? []) insertShingle.run(day, shingle, rowSeq);
    });
    if (seq > last.seq)
      db.stmt(`INSERT OR REPLACE INTO meta (key, value) VALUES ('last_ingest_at', ?)`).run(now);
    return outcomes;
  });
}

/** SQL conditions and parameters of the `since` and `outlet` filters on table alias `a`. */
export function articleFilter(filter: ListFilter): { where: string[]; params: SQLInputValue[] } {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  const since = sinceOrNull(filter.since);
  if (since !== null) {
    where.push('a.sort_at >= ?');
    params.push(since);
  }
  if (filter.outlet !== undefined) {
    where.push('a.outlet_key = ?');
    params.push(storedOutletKey(filter.outlet));
  }
  return { where, params };
}

/** The `limit` of a filter: a positive integer, 50 when not given. */
export function limitOf(filter: ListFilter): number {
  const limit = filter.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`not a positive whole number: ${limit}`);
  return limit;
}

/** Stored articles in ingest order, a page at a time; `limit` applies only when given. */
export async function* listArticles(db: Db, filter: ListFilter): AsyncIterable<StoredArticle> {
  const { where, params } = articleFilter(filter);
  let left = filter.limit === undefined ? Number.POSITIVE_INFINITY : limitOf(filter);
  const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN article_bodies b ON b.seq = a.seq
    WHERE ${[...where, 'a.seq > ?'].join(' AND ')} ORDER BY a.seq LIMIT ?`;
  let after = 0;
  while (left > 0) {
    const rows = db.stmt(sql).all(...params, after, Math.min(PAGE_SIZE, left)) as unknown as ArticleRow[];
    for (const row of rows) yield toStoredArticle(row);
    if (rows.length < PAGE_SIZE) return;
    after = (rows[rows.length - 1] as ArticleRow).seq;
    left -= rows.length;
  }
}

/** One stored article by its id, or null. */
export function readArticle(db: Db, id: string): StoredArticle | null {
  const row = db
    .stmt(`SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.id = ?`)
    .get(id) as unknown as ArticleRow | undefined;
  return row === undefined ? null : toStoredArticle(row);
}

/** The ids of the articles at each address, by edition (`Store.addressArticles`). */
export function addressArticles(db: Db, urlKeys: readonly string[]): Map<string, string[]> {
  const query = db.stmt('SELECT id FROM articles WHERE url_key = ? ORDER BY edition');
  const out = new Map<string, string[]>();
  for (const key of new Set(urlKeys)) {
    const ids = (query.all(key) as { id: string }[]).map((r) => r.id);
    if (ids.length) out.set(key, ids);
  }
  return out;
}

/**
 * The sort time of the earliest article in no story, or its ingest time when `by` is 'stored'; null
 * when every article is placed (read through the story index).
 */
export function earliestUnplaced(db: Db, by?: 'stored'): string | null {
  const column = by === 'stored' ? 'ingested_at' : 'sort_at';
  const row = db.stmt(`SELECT min(${column}) AS at FROM articles WHERE story_id IS NULL`).get() as
    | { at: string | null }
    | undefined;
  return row?.at ?? null;
}

/** The grouping features of articles at or after `since` (publication, else ingest time), oldest first. */
export async function* listFeatures(
  db: Db,
  since: string | null,
): AsyncIterable<{ readonly id: string; readonly storyId: string | null; readonly features: unknown }> {
  const from = since === null ? '' : (sinceOrNull(since) as string);
  const sql = `SELECT a.seq, a.id, a.story_id, b.features, a.sort_at FROM articles a
    JOIN article_bodies b ON b.seq = a.seq
    WHERE (a.sort_at, a.seq) > (?, ?) ORDER BY a.sort_at, a.seq LIMIT ${PAGE_SIZE}`;
  let after: [string, number] = [from, 0];
  for (;;) {
    const rows = db.stmt(sql).all(...after) as unknown as {
      seq: number;
      id: string;
      story_id: string | null;
      features: string | null;
      sort_at: string;
    }[];
    for (const row of rows)
      yield {
        id: row.id,
        storyId: row.story_id,
        features: row.features === null ? null : JSON.parse(row.features),
      };
    if (rows.length < PAGE_SIZE) return;
    const lastRow = rows[rows.length - 1] as (typeof rows)[number];
    after = [lastRow.sort_at, lastRow.seq];
  }
}
