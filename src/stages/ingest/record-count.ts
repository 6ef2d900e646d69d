/** How many records an input file holds, for progress counted in articles rather than files. */
import { formatOf, type InputFile } from './index.ts';
import { stdinFormat } from './stdin-format.ts';

const NEWLINE = 0x0a;
// space, tab and carriage return: a JSONL line of only these is no record (`readRecords` skips it)
const BLANK = new Set([0x20, 0x09, 0x0d]);

/**
 * The records `file` holds: one for a text or HTML page, one a non-blank line of a JSONL bundle, the
 * items of a JSON bundle (its array, or `{"articles": [...]}`; one when it is neither or does not
 * parse). Records that turn out unreadable are counted too: the count is what the reading goes over.
 * @example
 * recordCount({ path: 'feed.jsonl', bytes: encode('{"text":"a"}\n{"text":"b"}\n') }) // 2
 */
export function recordCount(file: InputFile): number {
  const format = formatOfFile(file);
  if (format === 'jsonl') return nonBlankLines(file.bytes);
  if (format !== 'json') return 1;
  try {
    const value = JSON.parse(new TextDecoder().decode(file.bytes)) as unknown;
    const list = Array.isArray(value) ? value : (value as { articles?: unknown } | null)?.articles;
    return Array.isArray(list) ? Math.max(1, list.length) : 1;
  } catch {
    return 1;
  }
}

// The format the ingest stage reads the file as (standard input by what it holds).
function formatOfFile(file: InputFile): ReturnType<typeof formatOf> {
  if (file.format) return file.format;
  if (file.path !== '-') return formatOf(file.path);
  // a look at the start is enough to tell a bundle from a page
  return stdinFormat(new TextDecoder().decode(file.bytes));
}

// Lines are found with indexOf (native, fast on a bundle of hundreds of megabytes); a line is looked
// into only as far as its first byte that is not white space, which for a record is its first.
function nonBlankLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline < 0 ? bytes.length : newline;
    let at = start;
    while (at < end && BLANK.has(bytes[at] as number)) at++;
    if (at < end) lines++;
    start = end + 1;
  }
  return Math.max(1, lines);
}
