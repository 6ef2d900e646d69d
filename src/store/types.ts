import type { Report } from '../model/index.ts';
import type { StoryPagePiece } from '../report/story-page-piece.ts';
import type {
  ArticleReplacement,
  ArticleRevision,
  CopyCandidate,
  CopyQuery,
  CopyTurn,
  EarlierVersion,
  ListFilter,
  NewArticle,
  OutletInfo,
  ReplaceOutcome,
  SearchHit,
  StoredArticle,
  UpsertOutcome,
} from './article-types.ts';
import type { ChangeFilter, StoryChanges } from './change-types.ts';
import type { FetchStateStore } from './fetch-types.ts';
import type {
  StoryChange,
  StoryEvent,
  StoryEventFilter,
  StoryFilter,
  StoryParts,
  StorySummary,
} from './story-types.ts';

export type * from './article-types.ts';
export type * from './change-types.ts';
export type * from './story-types.ts';

/**
 * The store's domain interface: what ingest, the read commands, the web app and the fetcher need of a
 * corpus, whatever holds it. Two implementations (`node:sqlite` embedded, PostgreSQL shared) pass one
 * contract test suite (test/store/contract.ts).
 */

/** Counts and sizes for `parallax stats`. */
export interface StoreStats {
  readonly backend: 'sqlite' | 'postgres';
  readonly location: string;
  readonly articles: number;
  /**
   * Of them, those in no story: stored by a run stopped before it placed them (the next grouping
   * step, of any ingest or fetch, places them).
   */
  readonly unplaced: number;
  readonly stories: number;
  readonly outlets: number;
  /** Bytes on disk (database file(s), or the database's size on the server). */
  readonly bytes: number;
  readonly lastIngestAt: string | null;
  readonly schemaVersion: number;
  /**
   * The stories with a stored report, by the version that made it (null: one naming none), most first;
   * `stale`: of them, those whose story changed since its report was made (computed again when read).
   */
  readonly reportVersions: readonly {
    readonly version: string | null;
    readonly stories: number;
    readonly stale: number;
  }[];
}

/**
 * The store. Every write method is one transaction: it commits whole or not at all. The fetcher's
 * state (./fetch-types.ts) is kept beside the articles.
 */
export interface Store extends FetchStateStore {
  readonly backend: 'sqlite' | 'postgres';
  /**
   * The version of the reports this code makes (`REPORT_VERSION`, unless `openStore` was given
   * another): what each stored report's standing is judged against (`reportStanding`).
   */
  readonly reportVersion: string;
  /**
   * Insert a batch of articles; duplicates (same URL key, unless `atStoredAddress`, or content hash)
   * are reported, not stored. A duplicate by URL names the newest article stored at the address.
   */
  upsertArticles(batch: readonly NewArticle[]): Promise<UpsertOutcome[]>;
  /**
   * Replace stored articles' extracted fields by a new extraction, in one transaction: text, metadata,
   * features, shingle sample and search entry. Each keeps its id, URL key, ingest time and story;
   * its story's aggregates are recomputed and the story is marked changed, so its report is stale.
   */
  replaceArticles(replacements: readonly ArticleReplacement[]): Promise<ReplaceOutcome[]>;
  /**
   * Record where the grouping put articles: stories created or changed, each marked stale. A story
   * left with no article is deleted and, when its articles went to another, recorded as merged into
   * the one that took most of them; a new story that took articles of stored ones is recorded as
   * split off the one it took most from (`storyEvents`).
   */
  saveStories(changes: readonly StoryChange[]): Promise<void>;
  /** Recorded merges and splits, newest first. */
  storyEvents(filter?: StoryEventFilter): Promise<StoryEvent[]>;
  /**
   * Store a story's computed report with the version that made it (its `generator.version`): it stops
   * being stale unless its membership changed since `asOf` or that version is older than this
   * store's `reportVersion`. Nothing is written when the stored report is of a later membership, or
   * of the same one and made by a newer version. With its page's piece (`storyPagePiece`, read by
   * `storyPage`) when given.
   */
  saveReport(storyId: string, report: Report, asOf: string, page?: StoryPagePiece): Promise<void>;
  /** The page's piece stored with a story's report; null when there is none (a report stored before schema 8). */
  storyPage(storyId: string): Promise<StoryPagePiece | null>;
  /**
   * Store the piece cut from a story's stored report (one stored without it); nothing is written when
   * that report was replaced meanwhile (the piece's `report.generatedAt` is not the stored one's).
   */
  saveStoryPage(storyId: string, page: StoryPagePiece): Promise<void>;
  /** The grouping features of articles published (or ingested) at or after `since`, oldest first. */
  featuresSince(
    since: string | null,
  ): AsyncIterable<{ readonly id: string; readonly storyId: string | null; readonly features: unknown }>;
  /**
   * The publication (else ingest) time of the earliest article in no story — one stored by a run
   * stopped before it placed it, or one a fetch stores and places at its end — or null when every
   * article is placed. With `by` 'stored': the time the store stored it instead (what
   * `storyChanges` reads an article's newness by).
   */
  earliestUnplaced(by?: 'stored'): Promise<string | null>;
  /** Stories, newest change first. */
  stories(filter?: StoryFilter): Promise<StorySummary[]>;
  /**
   * What changed since a time, for a user who follows stories: the stories with an article stored,
   * an article's page read again changed (a correction) or a merge or split at or after it, in the story
   * list's order (keyset pages: `after`), each with those changes. A fixed number of queries a page.
   */
  storyChanges(filter: ChangeFilter): Promise<StoryChanges[]>;
  /** Ids of stories whose report is stale (`StorySummary.reportStale`), oldest change first. */
  staleStories(limit?: number): Promise<string[]>;
  /**
   * One story with its articles (publication order) and its last report, or null when unknown;
   * `parts` leaves either out (a page that shows the stored report needs no article texts). The id of
   * a story merged into another opens the one it is now part of (`story.id` tells which).
   */
  story(
    id: string,
    parts?: StoryParts,
  ): Promise<{
    readonly story: StorySummary;
    readonly articles: StoredArticle[];
    readonly report: Report | null;
  } | null>;
  /**
   * The article ids of each of these stories, in publication order, without reading the articles:
   * what the grouping needs to replace a story's whole membership. Unknown story ids are left out.
   */
  storyArticleIds(ids: readonly string[]): Promise<Map<string, string[]>>;
  /**
   * The publication days (day numbers: days since 1970-01-01, UTC) of the dated articles of these
   * stories stored before `before` (by publication, else ingest time): what the grouping gives a
   * story of its articles outside its window, so the story keeps its start. Stories without any are
   * left out.
   */
  storyDaysBefore(ids: readonly string[], before: string): Promise<Map<string, number[]>>;
  /** One stored article by its id, or null when unknown. */
  article(id: string): Promise<StoredArticle | null>;
  /**
   * The ids of the articles stored at each of these addresses (URL keys), the first stored there
   * first (a page overwritten each day holds several: `NewArticle.atStoredAddress`); an address
   * holding none is left out.
   */
  addressArticles(urlKeys: readonly string[]): Promise<Map<string, string[]>>;
  /**
   * The earlier versions kept of an article (`ArticleReplacement.keepEarlier`, `keepEarlierVersions`),
   * oldest first (by when the store read the version that replaced each); none when unknown.
   */
  articleRevisions(id: string): Promise<ArticleRevision[]>;
  /**
   * Keep versions of stored articles' pages earlier than the stored ones, met after them, in one
   * transaction: each becomes its article's revision just before the present version (replaced when
   * the store read that version), which stays as it is, story and report untouched. For each, false
   * when the article is unknown or the version is its present one or a kept one already.
   */
  keepEarlierVersions(versions: readonly EarlierVersion[]): Promise<boolean[]>;
  /**
   * For each query, the stored articles in its date range sharing at least `COPY_MIN_SAMPLED` of its
   * sampled shingles, most shared first (at most `COPY_CANDIDATES`); a shingle stored for more than
   * `COPY_MAX_POSTINGS` articles is a stock phrase and is not looked up. Candidates only: the caller
   * compares the texts.
   */
  copyCandidates(queries: readonly CopyQuery[]): Promise<CopyCandidate[][]>;
  /**
   * Turn stored copies to an earlier original stored after them, in one transaction: each article
   * that is a turn's `from` or names it in `syndicatedFrom` names `to` instead (`from`'s grouping
   * features then say it is a copy); their stories are marked changed, so their reports are stale.
   */
  turnCopies(turns: readonly CopyTurn[]): Promise<void>;
  /**
   * Record outlets, by name (case-insensitive): a known outlet takes the name as given, the domains
   * and the leaning and owner given, except that null leaves a stored leaning or owner as it was.
   */
  saveOutlets(outlets: readonly OutletInfo[]): Promise<void>;
  /** Every recorded outlet, by name. */
  outlets(): Promise<OutletInfo[]>;
  /**
   * For each host (as an article's URL key writes it: `example.org`, `example.org:8080`), or host and
   * first folder (`blogs.example/anna`), up to three outlet names its stored articles carry: what
   * names a new page there that names none.
   */
  hostOutlets(hosts: readonly string[]): Promise<Map<string, string[]>>;
  /** Full-text search over titles and texts (diacritics folded), best first. */
  search(query: string, filter?: ListFilter): Promise<SearchHit[]>;
  /** Every article, in ingest order (streamed). */
  articles(filter?: ListFilter): AsyncIterable<StoredArticle>;
  stats(): Promise<StoreStats>;
  /**
   * Run `work` while holding the store-wide grouping lock, so that ingest processes (on several
   * machines, for PostgreSQL) place articles into stories one at a time: a lease row in the SQLite
   * file (no transaction is held around `work`, which may call the write methods), or a PostgreSQL
   * advisory lock. Re-entrant within one async call chain. Other processes' `upsertArticles` go on
   * meanwhile. Per-article processing runs outside it, in parallel.
   */
  withGroupingLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
