import type { Article, Report } from '../model/index.ts';
import type { StoryPagePiece } from '../report/story-page-piece.ts';
import type { FetchStateStore } from './fetch-types.ts';

/**
 * The store's domain interface: what ingest, the read commands, the web app and the fetcher need of a
 * corpus, whatever holds it. Two implementations (`node:sqlite` embedded, PostgreSQL shared) pass one
 * contract test suite (test/store/contract.ts).
 */

/** An article to store: the cleaned article, how to recognise it again, and what grouping reads of it. */
export interface NewArticle {
  /** The cleaned article (its `id` is replaced by the store's id when it is inserted). */
  readonly article: Article;
  /** The normalised URL (scheme and host lower-cased, tracking parameters and fragment dropped), or null. */
  readonly urlKey: string | null;
  /** A hash of the normalised body text: the same text under another URL is the same article. */
  readonly contentHash: string;
  /**
   * What the online grouping reads of the article (serialised `ArticleFeatures`), kept so a later
   * ingest can place new articles against stored stories without re-reading their texts.
   */
  readonly features: unknown;
  /**
   * A sample of the hashed 5-word shingles of the text (see `copySample`), kept so that a later
   * ingest finds a stored article that a new one copies (`copyCandidates`); none when left out.
   */
  readonly shingles?: readonly number[];
}

/** An outlet as a manifest or outlet table describes it: what coverage by leaning reads. */
export interface OutletInfo {
  /** The outlet's name, as its articles are stored under (unique, case-insensitive). */
  readonly name: string;
  readonly leaning: string | null;
  readonly owner: string | null;
  readonly domains: readonly string[];
}

/** A look-up of stored articles that a new one may copy: its sampled shingles and a date range. */
export interface CopyQuery {
  readonly shingles: readonly number[];
  /** Only articles published (or ingested when undated) within these ISO date-times, inclusive. */
  readonly since: string;
  readonly until: string;
}

/** A stored article that shares `shared` of a new article's sampled shingles. */
export interface CopyCandidate {
  readonly id: string;
  readonly shared: number;
}

/** What happened to one article of a batch. */
export type UpsertOutcome =
  | { readonly status: 'inserted'; readonly id: string }
  | { readonly status: 'duplicate'; readonly id: string; readonly by: 'url' | 'content' };

/**
 * A stored article's new extraction (`reextract`, a page fetched again): what replaces its extracted
 * fields. The store keeps the article's id, URL key, story and ingest time.
 */
export interface ArticleReplacement {
  /** The stored article's id. */
  readonly id: string;
  /** The article as extracted again (its `id` is ignored; `syndicatedFrom` must name a store id or be null). */
  readonly article: Article;
  /** The hash of the new text (see `NewArticle.contentHash`). */
  readonly contentHash: string;
  /** The new grouping features. */
  readonly features: unknown;
  /** The new shingle sample; none when left out. */
  readonly shingles?: readonly number[];
}

/** What happened to one replacement. */
export type ReplaceOutcome =
  | { readonly status: 'replaced'; readonly id: string }
  | { readonly status: 'unknown'; readonly id: string }
  /** The new text is another stored article's (`by`): the article is left as it was. */
  | { readonly status: 'duplicate'; readonly id: string; readonly by: string };

/** A stored article: the cleaned article (with the store's id) and the store's bookkeeping. */
export interface StoredArticle {
  readonly article: Article;
  readonly storyId: string | null;
  /** ISO date-time the article was committed. */
  readonly ingestedAt: string;
}

/** A story as listed: enough for a list page, without its articles' texts. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly topicId: string | null;
  readonly articleCount: number;
  /** Distinct outlet names (null outlets left out), most articles first. */
  readonly outlets: readonly string[];
  /** Earliest and latest publication (or ingest) time of its articles, ISO. */
  readonly firstAt: string | null;
  readonly lastAt: string | null;
  /** ISO date-time of the last change of its membership. */
  readonly updatedAt: string;
  /** True when its articles changed since its report was last computed (or it has none). */
  readonly reportStale: boolean;
}

/** Where the online grouping put the articles of a batch, and the stories it created or changed. */
export interface StoryChange {
  readonly id: string;
  readonly title: string;
  readonly topicId: string | null;
  /** Article ids now in the story (the whole membership, replacing the stored one). */
  readonly articleIds: readonly string[];
}

/**
 * A change of stories that growth alone does not tell (recorded by `saveStories`): a story whose
 * articles all went to another is `merged` into it (its id then opens that story), and a new story
 * that took articles of a stored one is `split` off it.
 */
export interface StoryEvent {
  readonly kind: 'merged' | 'split';
  /** The story that ended (merged) or began (split). */
  readonly storyId: string;
  /** The story it merged into, or was split off. */
  readonly otherId: string;
  /** How many articles moved between the two. */
  readonly articles: number;
  /** ISO date-time of the change. */
  readonly at: string;
}

/** Filters of `storyEvents`. */
export interface StoryEventFilter {
  /** Only events at or after this ISO date-time. */
  readonly since?: string;
  /** Only events naming this story, on either side. */
  readonly storyId?: string;
  /** At most this many (default 50). */
  readonly limit?: number;
}

/** One ranked search hit. */
export interface SearchHit {
  readonly articleId: string;
  readonly storyId: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  /** A short extract around the matched words, matches wrapped in `[` `]`. */
  readonly snippet: string;
  /** Higher is better; comparable within one result list only. */
  readonly score: number;
}

/** Filters shared by the list and search methods. */
export interface ListFilter {
  /** Only stories/articles published (or ingested when undated) at or after this ISO date. */
  readonly since?: string;
  /** Only those with an article of this outlet (exact name, case-insensitive). */
  readonly outlet?: string;
  /** At most this many results (default 50). */
  readonly limit?: number;
}

/** Filters of the story list: the shared ones, and the grouping's topic. */
export interface StoryFilter extends ListFilter {
  /** Only stories of this topic (the grouping's `topicId`, exact). */
  readonly topic?: string;
  /**
   * Only stories listed after this one in the list's order (newest change first, then id): the next
   * page of a list, read from the index however deep it is (keyset pagination).
   */
  readonly after?: StoryCursor;
}

/** Where a page of the story list ended: its last story's change time and id. */
export interface StoryCursor {
  readonly updatedAt: string;
  readonly id: string;
}

/** What `story` reads besides the story's summary (both by default). */
export interface StoryParts {
  /** Read the story's articles (else `articles` is empty). */
  readonly articles?: boolean;
  /** Read the story's last report (else `report` is null). */
  readonly report?: boolean;
}

/** Counts and sizes for `parallax stats`. */
export interface StoreStats {
  readonly backend: 'sqlite' | 'postgres';
  readonly location: string;
  readonly articles: number;
  readonly stories: number;
  readonly outlets: number;
  /** Bytes on disk (database file(s), or the database's size on the server). */
  readonly bytes: number;
  readonly lastIngestAt: string | null;
  readonly schemaVersion: number;
}

/**
 * The store. Every write method is one transaction: it commits whole or not at all. The fetcher's
 * state (./fetch-types.ts) is kept beside the articles.
 */
export interface Store extends FetchStateStore {
  readonly backend: 'sqlite' | 'postgres';
  /** Insert a batch of articles; duplicates (same URL key or content hash) are reported, not stored. */
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
   * Store a story's computed report (it stops being stale unless its membership changed since `asOf`),
   * with its page's piece (`storyPagePiece`, read by `storyPage`) when given.
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
  /** Stories, newest change first. */
  stories(filter?: StoryFilter): Promise<StorySummary[]>;
  /** Ids of stories whose report is stale, oldest change first. */
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
   * For each query, the stored articles in its date range sharing at least `COPY_MIN_SAMPLED` of its
   * sampled shingles, most shared first (at most `COPY_CANDIDATES`); a shingle stored for more than
   * `COPY_MAX_POSTINGS` articles is a stock phrase and is not looked up. Candidates only: the caller
   * compares the texts.
   */
  copyCandidates(queries: readonly CopyQuery[]): Promise<CopyCandidate[][]>;
  /**
   * Record outlets, by name (case-insensitive): a known outlet takes the name as given, the domains
   * and the leaning and owner given, except that null leaves a stored leaning or owner as it was.
   */
  saveOutlets(outlets: readonly OutletInfo[]): Promise<void>;
  /** Every recorded outlet, by name. */
  outlets(): Promise<OutletInfo[]>;
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
