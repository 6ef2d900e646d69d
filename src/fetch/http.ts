import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { Agent, request } from 'undici';
import { guardedLookup } from './address.ts';
import { CONNECT_TIMEOUT_MS, HOST_CONCURRENCY, REQUEST_TIMEOUT_MS } from './patterns.ts';

/**
 * One HTTP request, without politeness (see fetcher.ts): connect and overall timeouts, a size cap
 * on the body as sent and decompressed (gzip, br, deflate), no redirect followed.
 */

/** An answer: status, headers (names lower-cased, repeated ones joined) and the decompressed body. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** A request that got no usable answer: timeout, refused connection, too large, bad encoding. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  /** A short code: `timeout`, `too-large`, `network`, `encoding`, `blocked`. */
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** Options of an HTTP client. */
export interface HttpClientOptions {
  readonly connectTimeoutMs?: number;
  /** Longest a request may take in all, in ms. */
  readonly timeoutMs?: number;
  /** Connections kept per origin. */
  readonly connections?: number;
  /** Allow connections to private and loopback addresses. */
  readonly allowPrivate?: boolean;
}

/** An HTTP client: `get` one URL (no redirect followed); `close` when done. */
export interface HttpClient {
  get(
    url: string,
    options: { headers: Record<string, string>; maxBytes: number; signal?: AbortSignal },
  ): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/** Undo the content encoding, refusing output over `maxBytes`. */
function decode(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const options = { maxOutputLength: maxBytes };
  const codings = encoding
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity')
    .reverse();
  let out = body;
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') out = gunzipSync(out, options);
    else if (coding === 'br') out = brotliDecompressSync(out, options);
    else if (coding === 'deflate') {
      // servers send deflate with and without the zlib wrapper
      try {
        out = inflateSync(out, options);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw error;
        out = inflateRawSync(out, options);
      }
    } else throw new HttpError('encoding', `unknown content encoding "${coding}"`);
  }
  return out;
}

/**
 * An HTTP client over undici: `connections` per origin, connect timeout, a guarded DNS lookup (no
 * private address unless allowed), and an overall deadline per request.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const agent = new Agent({
    connections: options.connections ?? HOST_CONCURRENCY,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: {
      timeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
      lookup: guardedLookup(options.allowPrivate === true),
    },
  });
  return {
    async get(url, { headers, maxBytes, signal }) {
      const deadline = AbortSignal.timeout(timeoutMs);
      const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
      try {
        const response = await request(url, {
          dispatcher: agent,
          method: 'GET',
          headers: { 'accept-encoding': 'gzip, br, deflate', ...headers },
          signal: both,
        });
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers))
          if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
        const declared = Number(flat['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          response.body.destroy();
          throw new HttpError('too-large', `${declared} bytes is over the ${maxBytes}-byte limit`);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of response.body) {
          size += (chunk as Buffer).length;
          if (size > maxBytes) {
            response.body.destroy();
            throw new HttpError('too-large', `over the ${maxBytes}-byte limit`);
          }
          chunks.push(chunk as Buffer);
        }
        const raw = Buffer.concat(chunks);
        const encoding = flat['content-encoding'];
        let body: Buffer = raw;
        if (encoding && raw.length > 0) {
          try {
            body = decode(raw, encoding, maxBytes);
          } catch (error) {
            if (error instanceof HttpError) throw error;
            if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
              throw new HttpError('too-large', `over the ${maxBytes}-byte limit once decompressed`);
            throw new HttpError('encoding', `cannot decode ${encoding}: ${(error as Error).message}`);
          }
        }
        return {
          status: response.statusCode,
          headers: flat,
          body: new Uint8Array(body.buffer, body.byteOffset, body.length),
        };
      } catch (error) {
        if (error instanceof HttpError) throw error;
        if (deadline.aborted)
          throw new HttpError('timeout', `no full answer within ${timeoutMs} ms`, { cause: error });
        if (signal?.aborted) throw new HttpError('aborted', 'stopped', { cause: error });
        const code = (error as { code?: string }).code;
        if (code === 'EBLOCKED') throw new HttpError('blocked', (error as Error).message, { cause: error });
        if (
          code === 'UND_ERR_CONNECT_TIMEOUT' ||
          code === 'UND_ERR_HEADERS_TIMEOUT' ||
          code === 'UND_ERR_BODY_TIMEOUT'
        )
          throw new HttpError('timeout', `timed out (${code})`, { cause: error });
        throw new HttpError('network', `${(error as Error).message}${code ? ` (${code})` : ''}`, {
          cause: error,
        });
      }
    },
    close: () => agent.close(),
  };
}
