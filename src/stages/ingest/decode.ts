/** How a byte buffer was decoded. */
export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when the bytes look like a binary file rather than text. */
  readonly binary: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode bytes safely: a UTF-8 or UTF-16 byte-order mark wins; otherwise strict UTF-8, falling back to
 * Windows-1252 (a superset of Latin-1 that browsers also assume). Newlines become `\n`.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Decoded['encoding'];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      text = UTF8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
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
