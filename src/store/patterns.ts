/**
 * The store's tunables and the rules its keys follow, named in one place.
 */

/**
 * Query parameters that only track where a reader came from: dropped from a URL's key, so the same
 * page shared through a newsletter, a social network or an ad is recognised as one article.
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gclsrc',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'cmpid',
  'ocid',
  'ncid',
  's_cid',
  'smid',
  'spm',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'share',
  'via',
  'at_medium',
  'at_campaign',
  'wt_mc',
  'wt.mc_id',
]);

/** Parameter name prefixes that only track (Google's `utm_*`, Matomo's `pk_*`, HubSpot's `hsa_*`). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'hsa_', 'mtm_'];

/** The file a store opens when none is named (relative to the working directory). */
export const DEFAULT_DB_FILE = 'parallax.db';

/** The environment variable naming the store when `--db` is not given. */
export const DB_ENV = 'PARALLAX_DB';

/**
 * One in this many of a text's hashed 5-word shingles (those whose hash is a multiple of it) is kept
 * as its sample for finding copies across ingests: two texts that share most shingles share most of
 * their samples, and a 300-word text keeps about 20.
 */
export const COPY_SAMPLE_EVERY = 16;

/** Fewest sampled shingles a stored article shares with a new one to be compared as its original. */
export const COPY_MIN_SAMPLED = 2;

/** Most candidate originals returned per new article. */
export const COPY_CANDIDATES = 5;

/** A sampled shingle stored for more articles than this is a stock phrase, not looked up. */
export const COPY_MAX_POSTINGS = 50;

/**
 * Up to this many new, and as many updated, articles of a story are named in its changes
 * (`storyChanges`); the rest are counted. A first look after a large ingest lists every story.
 */
export const CHANGED_ARTICLES = 5;

/** A word that folding leaves as it is but for case. */
export const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** Letters that do not decompose into a base letter and a mark, folded as `unaccent` folds them. */
export const UNACCENT_LETTERS: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
