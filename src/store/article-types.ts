import type { Article } from '../model/index.ts';

/** The store's article types: what is stored, replaced, looked up and searched (see ./types.ts). */

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
  /**
   * Another article at the address of a stored one (a page overwritten each day, as a "live updates"
   * or "today's briefing" page): stored as an article of its own unless its text is stored
   * (a duplicate by content only). Without it, an article at a stored address is a duplicate by URL.
   */
  readonly atStoredAddress?: boolean;
}

/**
 * A version of a stored article's page earlier than the stored one, met after it: kept as the
 * article's revision before its present version (`Store.keepEarlierVersions`).
 */
export interface EarlierVersion {
  /** The stored article's id. */
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /** The version's own last change (`modifiedAt`), as its page gave it, or null. */
  readonly modifiedAt: string | null;
  /** The version's publication (`publishedAt`), as its page gave it: with `modifiedAt`, what orders it. */
  readonly publishedAt?: string | null;
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

/**
 * Stored copies turned to an earlier original stored after them (`Store.turnCopies`): `from`, the
 * original until then, and its copies become copies of `to`; `note` says why (the texts' share).
 */
export interface CopyTurn {
  readonly from: string;
  readonly to: string;
  readonly note: string;
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
  /**
   * Keep the stored version (title, text, last change) as a revision when the title or text changed:
   * the page itself changed (a correction), as a fetch finds; a re-extraction of the same bytes keeps none.
   */
  readonly keepEarlier?: boolean;
}

/**
 * An earlier version of a stored article, kept when its page changed (`ArticleReplacement.keepEarlier`)
 * or met after the version stored (`Store.keepEarlierVersions`).
 */
export interface ArticleRevision {
  /** ISO time the store read the version that replaced this one. */
  readonly replacedAt: string;
  readonly title: string | null;
  readonly text: string;
  /** The version's own last change (`modifiedAt`), ISO, or null. */
  readonly modifiedAt: string | null;
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
