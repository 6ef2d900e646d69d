// The JSON report as the bytes of its file. `JSON.stringify(report, null, 2)` of a report of a thousand
// articles (50 MB, half of it indentation) takes about twice the CPU of the compact `JSON.stringify`,
// and its string, two bytes a character as soon as one character is beyond Latin-1, then has to be
// encoded again to be written. Here the compact text is made article by article and story by story,
// each part a string of one byte a character unless it holds such a character itself, encoded into one
// buffer, then indented byte by byte: the file holds the same bytes in about a third of the CPU time.
import type { Report } from '../model/index.ts';
import { withLabels } from './util.ts';

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
 * printed with two spaces, a trailing newline, every article with its `label`), without the string.
 * @example
 * await writeFile('report.json', renderJson(report));
 */
export function renderJson(report: Report): Uint8Array {
  const compact = compactJson(withLabels(report), 2);
  return indentJson(compact);
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
  // a plain view: element access on a Buffer (a subclass) is slower in this loop
  const src = new Uint8Array(compact.buffer, compact.byteOffset, compact.byteLength);
  const n = src.length;
  let out: Uint8Array = new Uint8Array(Math.ceil(n * 2.2) + 64);
  let o = 0;
  let depth = 0;
  let i = 0;
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
  return out.subarray(0, o);
}

// A bigger output buffer holding the bytes written so far.
function grow(out: Uint8Array, used: number, room: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(Math.ceil(out.length * 1.5), used + room));
  bigger.set(out.subarray(0, used));
  return bigger;
}
