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
