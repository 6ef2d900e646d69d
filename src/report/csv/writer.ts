// The one CSV writer of the reports' tables: RFC 4180 (CRLF line ends, fields quoted where they must be),
// with a spreadsheet's formula prefixes made inert.

/** A field's value: text, a number, or nothing (an empty field). */
export type CsvValue = string | number | null | undefined;

// What a spreadsheet runs as a formula when a cell starts with it (= + - @, and a tab or a carriage
// return before one); a plain number such as -0.71 is no formula and stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
// A field is quoted when it holds the separator, a quotation mark or a line break, or starts or ends with a space.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV field: a number as JavaScript writes it, nothing as an empty field, text quoted when it holds a
 * comma, a quotation mark (doubled) or a line break; text a spreadsheet would run as a formula (a
 * leading = + - @, tab or carriage return) is prefixed with an apostrophe, a number is left alone.
 * @example
 * csvField('=SUM(A1)') // "'=SUM(A1)"
 * csvField('he said, "no"') // '"he said, ""no"""'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV table: the header row, then one row per record, each line ended by CRLF (RFC 4180).
 * @example
 * csvTable(['story', 'article'], [['s1', 'a1']]) // 'story,article\r\ns1,a1\r\n'
 */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return `${header.map(csvField).join(',')}\r\n${csvRows(header, rows)}`;
}

/**
 * Rows of a CSV table under `header`, without it, each line ended by CRLF: a table written a part at
 * a time is the header's line, then its parts' rows, as `csvTable` writes it whole.
 * @example
 * csvRows(['story', 'article'], [['s1', 'a1']]) // 's1,a1\r\n'
 */
export function csvRows(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = '';
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`a CSV row of ${row.length} fields under a header of ${header.length}`);
    out += `${row.map(csvField).join(',')}\r\n`;
  }
  return out;
}
