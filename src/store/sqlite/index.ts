import { statSync } from 'node:fs';
import { REPORT_VERSION } from '../../version.ts';
import { isoOrNull } from '../dates.ts';
import type { Store, StoreStats } from '../types.ts';
import {
  addressArticles,
  earliestUnplaced,
  insertBatch,
  listArticles,
  listFeatures,
  readArticle,
} from './articles.ts';
import { listChanges } from './changes.ts';
import { findCopyCandidates, listOutlets, upsertOutlets } from './copies.ts';
import { openDb } from './db.ts';
import { fetchState } from './fetch-state.ts';
import { groupingLock } from './lock.ts';
import { listDaysBefore, listMembers } from './members.ts';
import { checkStoreFile, migrate, SCHEMA_VERSION } from './migrations.ts';
import { replaceBatch } from './replace.ts';
import { keepEarlierVersions, listRevisions } from './revisions.ts';
import { searchArticles } from './search.ts';
import { listStale, listStories, readStory } from './stories.ts';
import { applyStoryChanges, storeReport } from './story-changes.ts';
import { listEvents } from './story-events.ts';
import { readStoryPage, storeStoryPage } from './story-pages.ts';
import { turnBatch } from './turn-copies.ts';

export { SCHEMA_VERSION } from './migrations.ts';

/** Bytes of a file, 0 when it does not exist. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Open (creating or migrating it if needed) the embedded store in one SQLite file: WAL journal,
 * `synchronous=FULL`, FTS5 search with diacritics folded. `node:sqlite` is synchronous: each method
 * runs its transaction at once and resolves, so calls never interleave inside a transaction.
 * `readOnly` opens an existing, current file without writing to it: reports and story pages made
 * from it are not kept (saveReport, saveStoryPage do nothing), every other write throws.
 * `reportVersion` is the version of the reports this code makes (default `REPORT_VERSION`; a test
 * gives another to play an older or newer Parallax sharing the store). `onMigrate` is told in a line
 * before an older file is migrated (the CLI shows it on a terminal).
 * @example
 * const store = await openSqliteStore('./parallax.db');
 * const hits = await store.search('harbour bridge', { limit: 10 });
 * await store.close();
 */
export async function openSqliteStore(
  path: string,
  {
    readOnly = false,
    reportVersion = REPORT_VERSION,
    onMigrate,
  }: { readOnly?: boolean; reportVersion?: string; onMigrate?: (line: string) => void } = {},
): Promise<Store> {
  const db = openDb(path, readOnly);
  try {
    if (!readOnly) {
      // WAL is a write of the file's header: only once the file is known to be a store, or new
      checkStoreFile(db, path);
      db.handle.exec('PRAGMA journal_mode = WAL');
    }
    migrate(db, path, readOnly, onMigrate);
  } catch (error) {
    db.close();
    throw error;
  }
  const lock = groupingLock(db);
  const now = (): string => new Date().toISOString();
  return {
    backend: 'sqlite',
    reportVersion,
    async upsertArticles(batch) {
      return batch.length === 0 ? [] : insertBatch(db, batch, now());
    },
    async replaceArticles(replacements) {
      return replacements.length === 0 ? [] : replaceBatch(db, replacements, now());
    },
    async saveStories(changes) {
      if (changes.length > 0) applyStoryChanges(db, changes, now());
    },
    async storyEvents(filter = {}) {
      return listEvents(db, filter);
    },
    async saveReport(storyId, report, asOf, page) {
      if (!readOnly) storeReport(db, storyId, report, asOf, page ?? null);
    },
    async storyPage(storyId) {
      return readStoryPage(db, storyId);
    },
    async saveStoryPage(storyId, page) {
      if (!readOnly) storeStoryPage(db, storyId, page);
    },
    featuresSince: (since) => listFeatures(db, since),
    async earliestUnplaced(by) {
      return earliestUnplaced(db, by);
    },
    async stories(filter = {}) {
      return listStories(db, filter, reportVersion);
    },
    async storyChanges(filter) {
      return listChanges(db, filter, reportVersion);
    },
    async staleStories(limit = 50) {
      return listStale(db, limit, reportVersion);
    },
    async story(id, parts) {
      return readStory(db, id, parts ?? {}, reportVersion);
    },
    async storyArticleIds(ids) {
      return ids.length === 0 ? new Map() : listMembers(db, ids);
    },
    async storyDaysBefore(ids, before) {
      return ids.length === 0 ? new Map() : listDaysBefore(db, ids, isoOrNull(before) ?? before);
    },
    async article(id) {
      return readArticle(db, id);
    },
    async addressArticles(urlKeys) {
      return addressArticles(db, urlKeys);
    },
    async articleRevisions(id) {
      return listRevisions(db, id);
    },
    async keepEarlierVersions(versions) {
      return versions.length === 0 ? [] : keepEarlierVersions(db, versions, now());
    },
    async copyCandidates(queries) {
      return queries.length === 0 ? [] : findCopyCandidates(db, queries);
    },
    async turnCopies(turns) {
      if (turns.length > 0) turnBatch(db, turns, now());
    },
    async saveOutlets(outlets) {
      if (outlets.length > 0) upsertOutlets(db, outlets);
    },
    async outlets() {
      return listOutlets(db);
    },
    async hostOutlets(hosts) {
      // the URL key's unique index, read as the range of keys under `https://host/`
      const query = db.stmt(
        'SELECT DISTINCT outlet FROM articles WHERE url_key >= ? AND url_key < ? AND outlet IS NOT NULL LIMIT 3',
      );
      const names = new Map<string, string[]>();
      for (const host of new Set(hosts)) {
        const rows = query.all(`https://${host}/`, `https://${host}0`) as { outlet: string }[];
        names.set(
          host,
          rows.map((r) => r.outlet),
        );
      }
      return names;
    },
    async search(query, filter = {}) {
      return searchArticles(db, query, filter);
    },
    articles: (filter = {}) => listArticles(db, filter),
    async stats(): Promise<StoreStats> {
      return db.read(() => {
        const count = (sql: string): number => (db.stmt(sql).get() as { n: number }).n;
        const last = db.stmt(`SELECT value FROM meta WHERE key = 'last_ingest_at'`).get() as
          | { value: string }
          | undefined;
        return {
          backend: 'sqlite',
          location: path,
          articles: count('SELECT count(*) AS n FROM articles'),
          unplaced: count('SELECT count(*) AS n FROM articles WHERE story_id IS NULL'),
          stories: count('SELECT count(*) AS n FROM stories'),
          outlets: count('SELECT count(DISTINCT outlet_key) AS n FROM articles'),
          bytes: sizeOf(path) + sizeOf(`${path}-wal`),
          lastIngestAt: last?.value ?? null,
          schemaVersion: SCHEMA_VERSION,
          reportVersions: db
            .stmt(`SELECT report_version AS version, count(*) AS stories,
              coalesce(sum(report_as_of < updated_at), 0) AS stale FROM stories
              WHERE report_as_of IS NOT NULL GROUP BY report_version ORDER BY 2 DESC, 1`)
            .all() as { version: string | null; stories: number; stale: number }[],
        };
      });
    },
    withGroupingLock: (work) => lock.run(work),
    ...fetchState(db),
    async close() {
      db.close();
    },
  };
}
