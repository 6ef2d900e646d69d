/** Largest article accepted, in bytes: a text or HTML file, or one record's text or HTML in a bundle. */
export const MAX_ARTICLE_BYTES = 10_000_000;

/**
 * Largest JSON or JSONL bundle accepted, in bytes. Records are limited one by one (MAX_ARTICLE_BYTES),
 * so a bundle may be far larger than one article, but it is decoded into one string, and V8 strings
 * stop at about 512 million characters.
 */
export const MAX_BUNDLE_BYTES = 256_000_000;
