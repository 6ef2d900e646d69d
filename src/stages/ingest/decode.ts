/** How a byte buffer was decoded. */
export interface Decoded {
  readonly text: string;
  /** The encoding used (a WHATWG label such as `utf-8`, `utf-16le`, `windows-1252`, `shift_jis`). */
  readonly encoding: string;
  /** True when the bytes look like a binary file rather than text. */
  readonly binary: boolean;
  /** The kind of binary file recognised by its signature (`PDF`, `PNG`, ...), when one was. */
  readonly binaryKind?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

// File signatures of binary formats users are likely to drop into an article folder.
const SIGNATURES: readonly [kind: string, bytes: readonly number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP (or DOCX/XLSX/EPUB)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['OLE (old Word/Excel)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function signatureOf(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
}

// UTF-16 without a byte-order mark: ASCII-range text has a zero in every other byte.
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

// The charset an HTML page declares in its first KiB, when the platform can decode it.
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const label = CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decode bytes safely: a UTF-8 or UTF-16 byte-order mark wins; UTF-16 without a mark is recognised
 * by its zero bytes; otherwise strict UTF-8, then the charset an HTML page declares, then
 * Windows-1252 (a superset of Latin-1 that browsers also assume). Newlines become `\n`. Binary files
 * are recognised by their signature or by control characters.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const kind = signatureOf(bytes);
  if (kind) return { text: '', encoding: 'binary', binary: true, binaryKind: kind };
  let text: string;
  let encoding: string;
  const utf16 = utf16Without(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else if (utf16) {
    encoding = utf16;
    text = new TextDecoder(utf16).decode(bytes);
  } else {
    try {
      text = UTF8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      encoding = declaredCharset(bytes) ?? 'windows-1252';
      if (encoding === 'utf-8') encoding = 'windows-1252';
      text = new TextDecoder(encoding).decode(bytes);
    }
  }
  return { text: normalizeNewlines(text), encoding, binary: looksBinary(text) };
}

/** `\r\n` and lone `\r` become `\n`; other line separators (U+2028/2029, NEL) too. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n');
}

// Text files have no NULs and few control characters; a binary file has many in its first KiB.
function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  if (head.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if ((code > 0 && code < 9) || (code > 13 && code < 32)) controls++;
  }
  return head.length > 0 && controls / head.length > 0.05;
}
