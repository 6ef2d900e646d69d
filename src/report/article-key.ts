// An article's key: what names it the same in every run and format, where its id (a7 in one run, a9 in
// the store) is only the run's number for it.
import type { Article, Report } from '../model/index.ts';
import { contentHash } from '../store/keys.ts';

/** How many hex digits of the content hash a key carries: enough to tell apart two files of one name. */
const HASH_DIGITS = 8;

/**
 * The name part of an article's key: its file's name (`in/day1/01-wire.txt` → `01-wire.txt`; a record
 * of a bundle keeps its number, `wire.jsonl#3`), which is the same whichever folder a run starts from
 * or is given, and how a manifest row names it; a page read from an address (a fetched page, whose
 * source is its URL) or from standard input is named by its URL (`stdin` with none).
 */
export function keyName(article: Pick<Article, 'source' | 'url'>): string {
  const source = article.source;
  if (/^https?:\/\//i.test(source)) return source;
  if (source === '-' || source.startsWith('-#')) return article.url?.trim() || `stdin${source.slice(1)}`;
  return source.split(/[\\/]/).pop() || source;
}

/**
 * An article's stable key, `name@hash`: `keyName` and the first 8 hex digits of the content hash the
 * store keeps of its text (store/keys.ts `contentHash`), so that `[a7]` of an `analyze` run and `[a9]`
 * of the store's story join on one key when they are the same file with the same text.
 * @example
 * articleKey({ source: 'examples/harbor-bridge/01-norhaven-courier.txt', url: null, text }) // '01-norhaven-courier.txt@3f2a9c1b'
 */
export function articleKey(article: Pick<Article, 'source' | 'url' | 'text'>): string {
  return `${keyName(article)}@${contentHash(article.text).slice(0, HASH_DIGITS)}`;
}

/**
 * The report with every article's `key` set (`articleKey`), for the formats that show it: the JSON
 * report, the CSV tables and the HTML report (on each article text's bar; the Markdown article list
 * keys each article it lists). Apart from `withLabels`: reading the text for its hash costs some
 * 0.2 ms an article, which a served story page, which shows no key, need not pay.
 */
export function withKeys(report: Report): Report {
  return { ...report, articles: report.articles.map((a) => (a.key ? a : { ...a, key: articleKey(a) })) };
}
