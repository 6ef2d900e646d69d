import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { Report } from '../../model/index.ts';
import type { StoryPagePiece } from '../../report/story-page-piece.ts';
import { REPORT_VERSION } from '../../version.ts';
import { StoreRefusedError } from '../errors.ts';
import type {
  ListFilter,
  NewArticle,
  Store,
  StoreStats,
  StoryChange,
  StoryFilter,
  StoryParts,
  UpsertOutcome,
} from '../types.ts';
import { insertBatch } from './articles.ts';
import { listChanges } from './changes.ts';
import { findCopyCandidates, hostOutlets, listOutlets, upsertOutlets } from './copies.ts';
import { fetchState } from './fetch-state.ts';
import { storyDaysBefore, storyMembers } from './members.ts';
import { migrate } from './migrations.ts';
import { GROUPING_LOCK, POOL_SIZE, RETRYABLE_SQLSTATES, WRITE_ATTEMPTS } from './patterns.ts';
import {
  addressArticles,
  earliestUnplaced,
  getArticle,
  streamArticles,
  streamFeatures,
} from './read-articles.ts';
import { keptOrSaid } from './refusals.ts';
import { replaceBatch } from './replace.ts';
import { keepEarlierVersions, listRevisions } from './revisions.ts';
import { searchArticles } from './search.ts';
import { driverUrl } from './ssl-mode.ts';
import { storeStats } from './stats.ts';
import { getStory, listStories, staleStoryIds } from './stories.ts';
import { applyStoryChanges } from './story-changes.ts';
import { listEvents } from './story-events.ts';
import { readStoryPage, storeStoryPage } from './story-pages.ts';
import { storeReport } from './story-reports.ts';
import { turnBatch } from './turn-copies.ts';

/** The URL without its password, as `stats()` and errors show where the store is. */
export function redactUrl(url: string): string {
  return url
    .replace(/^(postgres(?:ql)?:\/\/[^:/@?#]*:)[^@/?#]*@/, '$1***@')
    .replace(/(password=)[^&]*/g, '$1***');
}

/**
 * Open (creating or migrating its schema) the store in a PostgreSQL database, such as
 * `postgres://user:pass@host/db` or `postgres://user@/db?host=/run/postgresql` for a unix socket.
 * Several processes, on several machines, may share one database. `reportVersion` is the version
 * of the reports this code makes (default `REPORT_VERSION`; a test gives another to play an older or
 * newer Parallax sharing the database).
 * @example
 * const store = await openPostgresStore('postgres://parallax@/parallax?host=/tmp/pg');
 * const hits = await store.search('harbour bridge');
 * await store.close();
 */
export async function openPostgresStore(
  url: string,
  { reportVersion = REPORT_VERSION }: { reportVersion?: string } = {},
): Promise<Store> {
  // sslmode as psql reads it, without the driver's warning (the URL shown stays `url`)
  const pool = new pg.Pool({
    connectionString: driverUrl(url),
    max: POOL_SIZE,
    application_name: 'parallax',
  });
  // An idle connection that the server drops must not take the process down with it.
  pool.on('error', () => {});
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    // a refusal stays one (the user's to fix: the CLI's one line and exit 2), as a SQLite file's is
    const Refusal = error instanceof StoreRefusedError ? StoreRefusedError : Error;
    throw new Refusal(`cannot open the PostgreSQL store at ${redactUrl(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  // Run `work` in one transaction, again from the start after a deadlock (two ingesters inserting
  // overlapping batches in different orders): it commits whole or not at all.
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection that cannot even roll back is closed rather than handed out again.
        const broken = await client.query('ROLLBACK').then(
          () => undefined,
          (rollback: Error) => rollback,
        );
        client.release(broken);
        const code = (error as { code?: string }).code;
        if (attempt >= WRITE_ATTEMPTS || code === undefined || !RETRYABLE_SQLSTATES.has(code)) throw error;
      }
    }
  }

  // a report refused to a role that may store articles (a grant mistake) is said once
  const readerWrite = keptOrSaid(async () => {
    const found = await pool.query("SELECT has_table_privilege('articles', 'INSERT') AS may");
    return found.rows[0]?.may === true;
  });

  // One waiter per process at a time; across processes the advisory lock decides. Work already
  // inside the lock (the same async call chain) runs at once: the lock is re-entrant.
  let lockQueue: Promise<unknown> = Promise.resolve();
  const holding = new AsyncLocalStorage<boolean>();

  return {
    backend: 'postgres',
    reportVersion,

    upsertArticles(batch: readonly NewArticle[]): Promise<UpsertOutcome[]> {
      if (batch.length === 0) return Promise.resolve([]);
      return transaction((client) => insertBatch(client, batch));
    },

    replaceArticles(replacements) {
      if (replacements.length === 0) return Promise.resolve([]);
      return transaction((client) => replaceBatch(client, replacements));
    },

    async saveStories(changes: readonly StoryChange[]): Promise<void> {
      if (changes.length === 0) return;
      await transaction((client) => applyStoryChanges(client, changes));
    },

    storyEvents: (filter = {}) => listEvents(pool, filter),

    async saveReport(storyId: string, report: Report, asOf: string, page?: StoryPagePiece): Promise<void> {
      if (!(await readerWrite(storeReport(pool, storyId, report, asOf, page ?? null), true)))
        throw new Error(`no story ${storyId}`);
    },
    storyPage: (storyId: string) => readStoryPage(pool, storyId),
    async saveStoryPage(storyId: string, page: StoryPagePiece): Promise<void> {
      await readerWrite(storeStoryPage(pool, storyId, page), false);
    },

    featuresSince: (since) => streamFeatures(pool, since),
    earliestUnplaced: (by) => earliestUnplaced(pool, by),
    stories: (filter: StoryFilter = {}) => listStories(pool, filter, reportVersion),
    storyChanges: (filter) => listChanges(pool, filter, reportVersion),
    staleStories: (limit = 50) => staleStoryIds(pool, limit, reportVersion),
    story: (id: string, parts?: StoryParts) => getStory(pool, id, parts ?? {}, reportVersion),
    storyArticleIds: (ids: readonly string[]) => storyMembers(pool, ids),
    storyDaysBefore: (ids: readonly string[], before: string) => storyDaysBefore(pool, ids, before),
    article: (id: string) => getArticle(pool, id),
    addressArticles: (urlKeys) => addressArticles(pool, urlKeys),
    articleRevisions: (id: string) => listRevisions(pool, id),
    keepEarlierVersions: (versions) =>
      versions.length === 0 ? Promise.resolve([]) : transaction((c) => keepEarlierVersions(c, versions)),
    copyCandidates: (queries) =>
      queries.length === 0 ? Promise.resolve([]) : findCopyCandidates(pool, queries),
    turnCopies: (turns) => (turns.length === 0 ? Promise.resolve() : transaction((c) => turnBatch(c, turns))),
    saveOutlets: (outlets) => (outlets.length === 0 ? Promise.resolve() : upsertOutlets(pool, outlets)),
    outlets: () => listOutlets(pool),
    hostOutlets: (hosts) => hostOutlets(pool, hosts),
    search: (query: string, filter: ListFilter = {}) => searchArticles(pool, query, filter),
    articles: (filter: ListFilter = {}) => streamArticles(pool, filter),

    stats: (): Promise<StoreStats> => storeStats(pool, redactUrl(url)),

    withGroupingLock<T>(work: () => Promise<T>): Promise<T> {
      if (holding.getStore() === true) return work();
      const run = lockQueue.then(async () => {
        // A session-level lock on a connection of its own: the server frees it if this process dies.
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('SELECT pg_advisory_lock($1)', [GROUPING_LOCK]);
          try {
            return await holding.run(true, work);
          } finally {
            await client.query('SELECT pg_advisory_unlock($1)', [GROUPING_LOCK]).catch((error: Error) => {
              broken = error;
            });
          }
        } finally {
          // A connection whose unlock failed is closed, which frees the lock on the server.
          client.release(broken);
        }
      });
      lockQueue = run.catch(() => {});
      return run;
    },

    ...fetchState(pool),

    async close(): Promise<void> {
      await lockQueue;
      await pool.end();
    },
  };
}
