/**
 * A web page saved as one file by a browser (`.mhtml`, `.mht`: "Webpage, Single File"): a MIME
 * multipart message whose first `text/html` part is the page, its images and styles the other parts.
 */

// A part's headers (names lower-cased), up to the blank line that ends them, and its body.
function splitPart(part: string): { headers: Map<string, string>; body: string } {
  const end = /\r?\n\r?\n/.exec(part);
  const head = end ? part.slice(0, end.index) : part;
  const body = end ? part.slice(end.index + end[0].length) : '';
  const headers = new Map<string, string>();
  // a header folded onto the next lines goes on there with white space
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const param = (value: string, name: string): string | undefined =>
  new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value)?.slice(1).find(Boolean);

// Quoted-printable to bytes: "=XX" is a byte, "=" at a line's end joins it to the next.
function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

// A part's body as text: quoted-printable and base64 are bytes, read in the part's charset; a part
// sent as it is (7bit, 8bit, binary) was read with the file, so its characters are the page's already
// (cutting them back to bytes lost every character beyond Latin-1: "Łódź", "—", curly quotes).
function decodeBody(body: string, encoding: string | undefined, charset: string | undefined): string {
  const kind = (encoding ?? '').toLowerCase();
  if (kind !== 'quoted-printable' && kind !== 'base64') return body;
  const bytes =
    kind === 'quoted-printable'
      ? quotedPrintable(body)
      : Uint8Array.from(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // a charset the decoder does not know: read as UTF-8
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * The page of a saved MHTML file: its first `text/html` part, decoded (quoted-printable or base64,
 * in its charset), and the address it was saved from (`Snapshot-Content-Location`, else the part's
 * `Content-Location`); null when the file holds no HTML part.
 * @example
 * mhtmlPage(text)?.html; // '<!DOCTYPE html><html>…'
 */
export function mhtmlPage(text: string): { html: string; url: string | null } | null {
  const top = splitPart(text);
  const boundary = param(top.headers.get('content-type') ?? '', 'boundary');
  const parts = boundary ? top.body.split(`--${boundary}`).slice(1) : [top.body];
  for (const part of parts) {
    if (part.startsWith('--')) break;
    const { headers, body } = splitPart(part.replace(/^\r?\n/, ''));
    const type = headers.get('content-type') ?? (boundary ? '' : (top.headers.get('content-type') ?? ''));
    if (!/^text\/html\b/i.test(type)) continue;
    const encoding = headers.get('content-transfer-encoding') ?? top.headers.get('content-transfer-encoding');
    const url = top.headers.get('snapshot-content-location') ?? headers.get('content-location') ?? null;
    // the line break before the next boundary is the boundary's
    const html = decodeBody(body, encoding, param(type, 'charset')).trimEnd();
    return { html, url: url && /^https?:/i.test(url) ? url : null };
  }
  return null;
}
