import type { InputDefaults, RawArticle, Stage } from '../../model/index.ts';
import { decodeBytes } from './decode.ts';
import type { ManifestEntry } from './manifest.ts';
import { plainMarkdown } from './markdown.ts';
import { mhtmlPage } from './mhtml.ts';
import { MAX_ARTICLE_BYTES, MAX_BUNDLE_BYTES } from './patterns.ts';
import { fromRecord, readRecords } from './records.ts';
import { stdinFormat } from './stdin-format.ts';

export type { ManifestEntry, ManifestMatch } from './manifest.ts';

/**
 * File names read as a manifest, never as an article, when found among the inputs (the parser is in
 * `manifest.ts`, loaded only when a manifest is used).
 */
export const MANIFEST_FILE = /^(?:parallax-manifest\.[a-z]+|manifest\.(?:csv|json))$/i;

/** One input file as read by an adapter: its path (or `-` for stdin) and bytes. */
export interface InputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Its format when the path does not tell it (a fetched page, whose path is its URL). */
  readonly format?: 'text' | 'html';
  /** Metadata that wins over the document's (an outlet named in the user's sources file)... */
  readonly given?: RawArticle['given'];
  /** ...and where it came from (default `input`). */
  readonly givenSource?: string;
  /** Metadata used where the document has none (what a feed said of the page)... */
  readonly defaults?: InputDefaults;
  /** ...and where it came from (default `input`). */
  readonly defaultsSource?: string;
}

/** Options of the ingest stage. */
export interface IngestOptions {
  /**
   * Largest article accepted, in bytes: a text or HTML file, or one record of a JSON/JSONL bundle;
   * larger ones are reported and skipped. Default 10 MB.
   */
  readonly maxBytes?: number;
  /** Largest JSON or JSONL bundle accepted, in bytes (its records are limited one by one). Default 256 MB. */
  readonly maxBundleBytes?: number;
  /**
   * Manifest rows by input path (or `path#N` for one record), as `matchManifest` returns them: their
   * outlet, URL and date win over the input's own and are recorded with the source `manifest`.
   */
  readonly manifest?: ReadonlyMap<string, ManifestEntry>;
}

/** The file endings Parallax reads, and as what. */
export const FORMATS: Readonly<Record<string, 'text' | 'html' | 'json' | 'jsonl'>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  // a page saved as one file (MIME multipart): its HTML part is read (mhtml.ts)
  '.mhtml': 'html',
  '.mht': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * The article file types that messages and the web form name, one list for the CLI and the server:
 * each a key of `FORMATS`, whose other keys are their variants (`.text`, `.xhtml`, `.mht`, `.ndjson`).
 */
export const ARTICLE_ENDINGS = ['.txt', '.md', '.html', '.htm', '.mhtml', '.json', '.jsonl'] as const;

/** An input as a message names it: "-" is standard input, "-#2" its second record. */
const shownSource = (source: string): string =>
  source === '-'
    ? 'standard input'
    : source.startsWith('-#')
      ? `standard input, record ${source.slice(2)}`
      : source;

// A document whose text can be saved as a file that is read: a PDF, a word processor's file, by its
// name's ending or by the kind `decodeBytes` reads from its first bytes (decode.ts SIGNATURES). The
// kinds are matched whole: a path holding "word" or "docx" elsewhere ("passwords.zip",
// "Wordpress/photo.png") is no document.
const DOCUMENT_PATH = /\.(?:pdf|docx?|odt|rtf|pages)$/i;
const DOCUMENT_KINDS: ReadonlySet<string> = new Set([
  'PDF',
  'ZIP (or DOCX/XLSX/EPUB)',
  'OLE (old Word/Excel)',
]);

/**
 * What to do with a document that is not read, said beside its skip ("save its text as a .txt file
 * to read it"), for a PDF or a word processor's file named by its path or its kind; '' for others.
 * @example
 * documentHint('minutes.pdf') // 'save its text as a .txt file to read it'
 */
export function documentHint(pathOrKind: string): string {
  return DOCUMENT_PATH.test(pathOrKind) || DOCUMENT_KINDS.has(pathOrKind)
    ? 'save its text as a .txt file to read it'
    : '';
}

/** The format of a path by its ending (stdin is read by what it holds: `stdinFormat`). */
export function formatOf(path: string): 'text' | 'html' | 'json' | 'jsonl' | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : FORMATS[path.slice(dot).toLowerCase()];
}

/**
 * Turn input files into raw articles: decode bytes, split JSON/JSONL records, and report files that
 * cannot be read as articles. Ids are `a1`, `a2`, ... in input order. A manifest's values (see
 * `IngestOptions.manifest`) are applied to the inputs it names.
 * @example
 * const raws = ingest()([{ path: 'a.txt', bytes }], ctx);
 */
export function ingest(options: IngestOptions = {}): Stage<readonly InputFile[], RawArticle[]> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const maxBundleBytes = options.maxBundleBytes ?? MAX_BUNDLE_BYTES;
  return (files, ctx) => {
    const out: RawArticle[] = [];
    const skip = (source: string, code: string, message: string) =>
      ctx.issues.push({
        code: `ingest/${code}`,
        severity: 'error',
        source,
        message: `${shownSource(source)}: ${message}`,
      });
    for (const file of files) {
      const bundle = file.path !== '-' && !file.format && /^json/.test(formatOf(file.path) ?? '');
      const limit = bundle ? maxBundleBytes : maxBytes;
      if (file.bytes.length > limit) {
        // standard input is read only up to just past the limit (readCapped), so its full size is unknown
        const size = file.path === '-' ? `more than ${limit} bytes` : `${file.bytes.length} bytes`;
        skip(file.path, 'too-large', `${size} is over the ${limit}-byte limit`);
        continue;
      }
      const decoded = decodeBytes(file.bytes);
      if (decoded.binary) {
        skip(
          file.path,
          'binary',
          decoded.binaryKind
            ? `a ${decoded.binaryKind} file, not text${documentHint(decoded.binaryKind) ? ` (${documentHint(decoded.binaryKind)})` : ''}`
            : 'looks like a binary file, not text',
        );
        continue;
      }
      if (!decoded.text.trim()) {
        const what = file.path === '-' ? 'it' : 'the file';
        skip(file.path, 'empty', file.bytes.length ? `${what} holds only white space` : `${what} is empty`);
        continue;
      }
      const format =
        file.format ?? (file.path === '-' ? stdinFormat(decoded.text) : (formatOf(file.path) ?? 'text'));
      if (format === 'html' && /\.mht(?:ml)?$/i.test(file.path)) {
        const page = mhtmlPage(decoded.text);
        if (!page) {
          skip(file.path, 'no-html', 'a saved page (MHTML) with no HTML part');
          continue;
        }
        const meta = metadataOf(file);
        // the address it was saved from serves where the page names none, as a feed's link does
        const saved =
          page.url && !meta.defaults?.url ? { defaults: { ...meta.defaults, url: page.url } } : {};
        out.push({ id: '', source: file.path, format, content: page.html, ...meta, ...saved });
        continue;
      }
      if (format === 'text' || format === 'html') {
        const content = /\.(md|markdown)$/i.test(file.path) ? plainMarkdown(decoded.text) : decoded.text;
        out.push({ id: '', source: file.path, format, content, ...metadataOf(file) });
        continue;
      }
      // records one by one: a bad or oversized record is skipped, the rest of the bundle is read
      let index = 0;
      for (const record of readRecords(decoded.text, format, maxBytes)) {
        index++;
        const source = `${file.path}#${index}`;
        if ('error' in record) {
          skip(index === 1 && format === 'json' ? file.path : source, record.code, record.error);
          continue;
        }
        const article = fromRecord(record.value, source, maxBytes);
        if ('error' in article) skip(source, article.code, article.error);
        else out.push(article);
      }
    }
    return out.map((raw, index) => withManifest({ ...raw, id: `a${index + 1}` }, options.manifest));
  };
}

// What an input file carries besides its bytes: given metadata and defaults, with their sources.
function metadataOf(
  file: InputFile,
): Pick<RawArticle, 'given' | 'givenSources' | 'defaults' | 'defaultsSource'> {
  const given = file.given ?? {};
  const source = file.givenSource;
  return {
    given,
    ...(source ? { givenSources: Object.fromEntries(Object.keys(given).map((k) => [k, source])) } : {}),
    ...(file.defaults ? { defaults: file.defaults } : {}),
    ...(file.defaultsSource ? { defaultsSource: file.defaultsSource } : {}),
  };
}

// The manifest's values over the input's own, each recorded as coming from the manifest.
function withManifest(raw: RawArticle, manifest: ReadonlyMap<string, ManifestEntry> | undefined): RawArticle {
  const entry = manifest?.get(raw.source) ?? manifest?.get(raw.source.replace(/#\d+$/, ''));
  if (!entry) return raw;
  const given: Record<string, string> = { ...raw.given };
  const givenSources: Record<string, string> = {};
  for (const field of ['outlet', 'url', 'publishedAt'] as const) {
    const value = entry[field];
    if (value === undefined) continue;
    given[field] = value;
    givenSources[field] = 'manifest';
  }
  return { ...raw, given, givenSources };
}
