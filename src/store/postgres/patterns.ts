/**
 * The PostgreSQL store's tunables and fixed keys, named in one place.
 */

/** How the store's article ids are written: the row's sequence number with this prefix. */
export const ARTICLE_ID_PREFIX = 'a';

/** The advisory-lock key taken while migrating (a fixed 64-bit number nothing else uses). */
export const MIGRATION_LOCK = 7_316_502_001;

/** The advisory-lock key of the store-wide grouping lock, shared by every process on the database. */
export const GROUPING_LOCK = 7_316_502_002;

/** How often a write transaction is run again after a deadlock or serialization failure. */
export const WRITE_ATTEMPTS = 5;

/** SQLSTATEs after which a whole transaction can simply be run again (deadlock, serialization). */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40P01', '40001']);

/** Rows fetched per round trip when articles or features are streamed. */
export const PAGE_SIZE = 500;

/** Connections a store keeps at most (one of them is held by the grouping lock while it is taken). */
export const POOL_SIZE = 6;

/**
 * How many matching articles are ranked at most: the newest ones. A query of common words matches
 * most of the corpus, and ranking reads each match's whole vector; past this many, the newest
 * matches stand for all (a rarer query, matching fewer, is ranked exactly).
 */
export const RANKED_CANDIDATES = 500;

/**
 * The first window of newest articles searched for candidates, in articles; a next one is sized by
 * the density of matches in the last (times {@link WINDOW_MARGIN}), until it holds enough candidates
 * or the whole store. The server ANDs the search index's bitmap with the primary key's range, so a
 * window reads only its own matching rows.
 */
export const FIRST_WINDOW = 4 * RANKED_CANDIDATES;

/** How much larger than the density of matches says a next search window is made. */
export const WINDOW_MARGIN = 1.5;

/** How much of an article's text is read for its snippet. */
export const SNIPPET_SOURCE_CHARS = 20_000;

/** Words a snippet shows around its best match. */
export const SNIPPET_WORDS = 28;

/** Words a snippet shows before the first match of its window. */
export const SNIPPET_LEAD_WORDS = 6;

/** Matches considered as snippet window starts (a long text of a common word has many). */
export const SNIPPET_MAX_MATCHES = 200;

/** A word of a text: a run of letters, marks and digits (as the query reader reads words). */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;
