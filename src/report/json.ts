// The JSON report as the bytes of its file. `JSON.stringify(report, null, 2)` of a report of a thousand
// articles (50 MB, half of it indentation) takes about twice the CPU of the compact `JSON.stringify`,
// and its string, two bytes a character as soon as one character is beyond Latin-1, then has to be
// encoded again to be written. Here the compact text is made article by article and story by story,
// each part a string of one byte a character unless it holds such a character itself, encoded into a
// buffer of about a megabyte at a time and indented byte by byte into another, both reused: the file
// gets the same bytes, piece by piece, without a buffer of the whole (whose fresh memory, some 75 MB
// for a thousand articles, cost more CPU to touch the first time than the indenting itself).
import type { Report } from '../model/index.ts';
import { withKeys } from './article-key.ts';
import { withLabels } from './labels.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * The JSON report as UTF-8 bytes: the same bytes as `renderReport(report, 'json')` encoded (pretty
 * printed with two spaces, a trailing newline, every article with its `label` and `key`), without the string.
 * @example
 * await writeFile('report.json', renderJson(report));
 */
export function renderJson(report: Report): Uint8Array {
  const pieces: Uint8Array[] = [];
  writeJson(report, (bytes) => pieces.push(bytes.slice()));
  return Buffer.concat(pieces);
}

// Compact JSON is encoded into a buffer of this many bytes (or one part's size, when more) at a time.
const PIECE_BYTES = 1 << 20;

/**
 * Hand the bytes of `renderJson(report)` to `write` piece by piece, in order, each a view of a buffer
 * that is reused for the next piece: `write` has to use it at once (write it to a file).
 * @example
 * const fd = openSync('report.json', 'w');
 * writeJson(report, (bytes) => writeSync(fd, bytes));
 */
export function writeJson(report: Report, write: (bytes: Uint8Array) => void): void {
  writePieces(withKeys(withLabels(report)), 2, write, PIECE_BYTES);
}

/**
 * Hand the bytes of `JSON.stringify(value, null, 2)` and a newline to `write` in pieces: the compact
 * JSON of `compactJson(value, levels)`, encoded about `pieceBytes` at a time (cut between its parts,
 * a part longer than that in a piece of its own), each piece indented.
 */
export function writePieces(
  value: unknown,
  levels: number,
  write: (bytes: Uint8Array) => void,
  pieceBytes: number,
): void {
  const parts: string[] = [];
  collect(value, levels, parts);
  parts.push('\n');
  const indent = indenter(write);
  let piece = Buffer.allocUnsafe(pieceBytes);
  let used = 0;
  for (const part of parts) {
    const size = Buffer.byteLength(part);
    if (used + size > piece.length) {
      indent(piece, used);
      used = 0;
      if (size > piece.length) piece = Buffer.allocUnsafe(size);
    }
    used += piece.write(part, used);
  }
  indent(piece, used);
}

/**
 * The UTF-8 bytes of `JSON.stringify(value)` and a newline, stringified in parts: the members of plain
 * objects and the elements of arrays down to `levels` deep, each below that by `JSON.stringify` (the
 * same text for JSON-ready data; a `toJSON` below the top would be called with '' for its key).
 */
export function compactJson(value: unknown, levels: number): Uint8Array {
  const parts: string[] = [];
  collect(value, levels, parts);
  parts.push('\n');
  let size = 0;
  for (const part of parts) size += Buffer.byteLength(part);
  const out = Buffer.allocUnsafe(size);
  let o = 0;
  for (const part of parts) o += out.write(part, o);
  return out;
}

// Push the compact JSON of `value` as parts: `JSON.stringify`'s text, cut between members and elements.
function collect(value: unknown, levels: number, parts: string[]): void {
  if (levels === 0 || !isPlain(value)) {
    // undefined (and a function or symbol) is left out of an object and is null in an array
    parts.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i) parts.push(',');
      collect(value[i], levels - 1, parts);
    }
    parts.push(']');
    return;
  }
  parts.push('{');
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    collect(member, levels - 1, parts);
  }
  parts.push('}');
}

// An array or an object of Object's (or no) prototype without a toJSON method: what `collect` cuts.
function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  const plain = Array.isArray(value) || prototype === Object.prototype || prototype === null;
  return plain && !('toJSON' in value);
}

/**
 * Indent compact JSON (the UTF-8 bytes of `JSON.stringify(value)`, possibly with a trailing newline)
 * as `JSON.stringify(value, null, 2)` would: each member and element on its own line, two spaces a
 * level, `"key": value`, empty objects and arrays kept as `{}` and `[]`.
 * @example
 * new TextDecoder().decode(indentJson(Buffer.from('{"a":[1,{}]}'))) // '{\n  "a": [\n    1,\n    {}\n  ]\n}'
 */
export function indentJson(compact: Uint8Array): Uint8Array {
  const pieces: Uint8Array[] = [];
  indenter((bytes) => pieces.push(bytes.slice()))(compact, compact.byteLength);
  return Buffer.concat(pieces);
}

/**
 * An indenter of compact JSON given in pieces (each cut between two tokens, never inside a string):
 * called with the first `length` bytes of each piece in turn, it hands each piece's indented bytes
 * to `write`, in an output buffer it reuses. The depth, and an opening bracket that ends a piece
 * (whether it opens `{}` or `[]` tells the next byte), carry over to the next piece.
 */
function indenter(write: (bytes: Uint8Array) => void): (piece: Uint8Array, length: number) => void {
  let out: Uint8Array = new Uint8Array(0);
  let depth = 0;
  let open = 0;
  return (piece, n) => {
    // a plain view: element access on a Buffer (a subclass) is slower in this loop
    const src = new Uint8Array(piece.buffer, piece.byteOffset, n);
    if (out.length < n * 2.2 + depth * 2 + 64) out = new Uint8Array(Math.ceil(n * 2.2) + depth * 2 + 64);
    let o = 0;
    let i = 0;
    if (open && n) {
      if (src[0] === open + 2) out[o++] = src[i++] as number;
      else {
        depth++;
        out[o++] = NEWLINE;
        for (let k = depth * 2; k > 0; k--) out[o++] = SPACE;
      }
      open = 0;
    }
    while (i < n) {
      const c = src[i++] as number;
      if (c === QUOTE) {
        // a string, copied to its closing quote; an escape's next byte is copied whole (in UTF-8 no
        // byte of a longer character is a quote or a backslash)
        out[o++] = QUOTE;
        for (let b = src[i++] as number; b !== QUOTE; b = src[i++] as number) {
          out[o++] = b;
          if (b === BACKSLASH) out[o++] = src[i++] as number;
        }
        out[o++] = QUOTE;
        continue;
      }
      if (c === COLON) {
        out[o++] = COLON;
        out[o++] = SPACE;
        continue;
      }
      if (c !== COMMA && c !== OPEN_OBJECT && c !== OPEN_ARRAY && c !== CLOSE_OBJECT && c !== CLOSE_ARRAY) {
        out[o++] = c;
        continue;
      }
      // at each line break, room for the rest of the input as well as this line's break and indent
      const room = n - i + depth * 2 + 8;
      if (out.length - o < room) out = grow(out, o, room);
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        out[o++] = c;
        // the piece ends here: the next one's first byte tells `{}` or `[]` from a new line
        if (i === n) {
          open = c;
          break;
        }
        // `{}` and `[]` stay on one line (the closing bracket is two code points after the opening one)
        if (src[i] === c + 2) {
          out[o++] = c + 2;
          i++;
          continue;
        }
        depth++;
      } else if (c === COMMA) out[o++] = COMMA;
      else depth--;
      out[o++] = NEWLINE;
      for (let k = depth * 2; k > 0; k--) out[o++] = SPACE;
      if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) out[o++] = c;
    }
    write(out.subarray(0, o));
  };
}

// A bigger output buffer holding the bytes written so far.
function grow(out: Uint8Array, used: number, room: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(Math.ceil(out.length * 1.5), used + room));
  bigger.set(out.subarray(0, used));
  return bigger;
}
