/**
 * The text of a fetched page: the encoding from its byte-order mark, else its Content-Type header,
 * else its `<meta charset>` / `<?xml encoding?>`, else UTF-8 (Windows-1252 when it is not valid
 * UTF-8). A header that says UTF-8 over bytes that are not is taken for the wrong label it is.
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/** A WHATWG encoding name for a label, or undefined when the platform does not know it. */
function encodingOf(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** The charset a Content-Type header names, as a WHATWG encoding name. */
export function headerCharset(contentType: string | undefined | null): string | undefined {
  return encodingOf(HEADER_CHARSET.exec(contentType ?? '')?.[1]);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode a fetched body to text, saying which encoding was used and where it came from.
 * @example
 * decodeBody(bytes, 'text/html; charset=iso-8859-1').encoding // 'windows-1252'
 */
export function decodeBody(
  bytes: Uint8Array,
  contentType: string | null | undefined,
): { text: string; encoding: string; from: 'bom' | 'header' | 'document' | 'default' } {
  const bom = bomEncoding(bytes);
  if (bom)
    return {
      text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)),
      encoding: bom.encoding,
      from: 'bom',
    };
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  const declared = encodingOf(META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1]);
  const header = headerCharset(contentType);
  const utf8 = validUtf8(bytes);
  // a UTF-8 label on bytes that are not UTF-8 is wrong: the document's own label, else Windows-1252
  if (header && !(header === 'utf-8' && !utf8))
    return { text: new TextDecoder(header).decode(bytes), encoding: header, from: 'header' };
  if (declared && !(declared === 'utf-8' && !utf8))
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared, from: 'document' };
  const encoding = utf8 ? 'utf-8' : 'windows-1252';
  return { text: new TextDecoder(encoding).decode(bytes), encoding, from: 'default' };
}
