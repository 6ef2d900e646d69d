/** The records of a JSON or JSONL bundle, one by one, and each as an article to read or a reason to skip it. */
import type { RawArticle } from '../../model/index.ts';
import { normalizeNewlines } from './decode.ts';

/** A record that cannot become an article, with the issue code saying why. */
export type Skipped = { error: string; code: string };
type RecordRead = { value: unknown } | Skipped;

/**
 * The records of a bundle: JSONL line by line (a broken or oversized line is one bad record); JSON
 * as an array, `{"articles": [...]}` or one object.
 */
export function* readRecords(
  text: string,
  format: 'json' | 'jsonl',
  maxBytes: number,
): Generator<RecordRead> {
  if (format === 'jsonl') {
    let start = 0;
    let lineNumber = 0;
    while (start < text.length) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const line = text.slice(start, end);
      start = end + 1;
      lineNumber++;
      if (!line.trim()) continue;
      if (line.length > maxBytes) {
        yield {
          error: `its line of ${line.length} characters is over the ${maxBytes}-byte limit (line ${lineNumber})`,
          code: 'too-large',
        };
        continue;
      }
      try {
        yield { value: JSON.parse(line) as unknown };
      } catch (error) {
        // the line is counted here, not read from the parser's message (which names no line for some
        // errors, "Unexpected token 'T', … is not valid JSON", and line 1 for the others: it saw one
        // line); the column, where the message gives one, is kept
        const message = (error as Error).message;
        const column = /\s*\(line 1 column (\d+)\)$/.exec(message);
        const what = column ? message.slice(0, column.index) : message;
        yield {
          error: `not valid JSON: ${what} (line ${lineNumber}${column ? ` column ${column[1]}` : ''})`,
          code: 'bad-json',
        };
      }
    }
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    yield { error: `not valid JSON: ${(error as Error).message}`, code: 'bad-json' };
    return;
  }
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  for (const item of list) yield { value: item };
}

// The fields a record's body is read from, in this order after `html`.
const BODY_FIELDS = ['text', 'html', 'content', 'body', 'articleBody'];

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** A bundle's record as an article to read (its `html`, else `text`, with what it gives of its metadata), or why not. */
export function fromRecord(record: unknown, source: string, maxBytes: number): RawArticle | Skipped {
  const bad = (error: string): Skipped => ({ error, code: 'bad-record' });
  if (!record || typeof record !== 'object' || Array.isArray(record)) return bad('a record is not an object');
  const r = record as Record<string, unknown>;
  const html = str(r.html);
  // schema.org's NewsArticle names its body articleBody (a CMS's JSON-LD export)
  const text = str(r.text) ?? str(r.content) ?? str(r.body) ?? str(r.articleBody);
  if (!html && !text) {
    // a record whose body field is there but blank is told so, not said to lack the field
    const blank = BODY_FIELDS.find((key) => typeof r[key] === 'string');
    return bad(
      blank
        ? `its "${blank}" is empty`
        : `a record has none of ${BODY_FIELDS.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  const size = (html ?? text ?? '').length;
  if (size > maxBytes)
    return {
      error: `its ${html ? 'html' : 'text'} of ${size} characters is over the ${maxBytes}-byte limit`,
      code: 'too-large',
    };
  const given: {
    title?: string;
    url?: string;
    outlet?: string;
    publishedAt?: string;
    modifiedAt?: string;
    language?: string;
  } = {};
  // schema.org's and most CMS exports' name for it
  const title = str(r.title) ?? str(r.headline);
  const url = str(r.url);
  // schema.org's publisher is an Organization (its name) or, in looser exports, the name itself
  const publisher = str(r.publisher) ?? str((r.publisher as { name?: unknown } | null | undefined)?.name);
  const outlet = str(r.outlet) ?? str(r.source) ?? str(r.site) ?? publisher;
  const publishedAt = str(r.publishedAt) ?? str(r.published_at) ?? str(r.date) ?? str(r.datePublished);
  if (title) given.title = title;
  if (url) given.url = url;
  if (outlet) given.outlet = outlet;
  if (publishedAt) given.publishedAt = publishedAt;
  // when the article was last changed: the day of a correction made in place. Only the page's words
  // for it: a dataset's or CMS export's updatedAt/updated_at is as often the record's own (a crawl, a
  // database write), which would date a correction or move an "Update:" item's days wrongly
  const modifiedAt = str(r.modifiedAt) ?? str(r.modified_at) ?? str(r.dateModified);
  if (modifiedAt) given.modifiedAt = modifiedAt;
  // the language it says it is in (what `parallax articles --format jsonl` writes): an article in
  // another language is then left out as one whose page's lang says so
  const language = str(r.language) ?? str(r.lang) ?? str(r.inLanguage);
  if (language) given.language = language;
  return html
    ? { id: '', source, format: 'html', content: normalizeNewlines(html), given }
    : { id: '', source, format: 'text', content: normalizeNewlines(text ?? ''), given };
}
