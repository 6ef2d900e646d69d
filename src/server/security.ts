import type { MiddlewareHandler } from 'hono';
import { CONTENT_SECURITY_POLICY } from './patterns.ts';

/** Headers on every response: the CSP, no MIME sniffing, no framing, no referrer leaking to originals. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}

/** The URL when it is an absolute http(s) URL, else null: no `javascript:`, `data:` or relative links to originals. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A story or article id as the store makes them (letters, digits, `-`, `_`), else null. */
export function storeId(value: string | undefined): string | null {
  return value !== undefined && /^[\w-]{1,100}$/.test(value) ? value : null;
}
