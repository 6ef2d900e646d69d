import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { CONTENT_SECURITY_POLICY } from './patterns.ts';

/** Headers on every response: the CSP, no MIME sniffing, no framing, no referrer sent to other sites. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
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

/**
 * Refuse a write (any method but GET and HEAD) that a browser sent from another site: its `Origin`
 * is not this server's, or its `Sec-Fetch-Site` says cross-site. A client that sends neither (curl,
 * a script) is let through: the forgery this stops comes from a page in a browser.
 */
export function sameSiteWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // a browser that says where the request comes from is believed (Chromium sends `Origin: null`
      // on its own forms under a strict referrer policy); else the Origin must be this server's
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const foreign =
        site !== undefined
          ? site !== 'same-origin' && site !== 'none'
          : origin !== undefined && origin !== new URL(c.req.url).origin;
      if (foreign)
        throw new HTTPException(403, { message: 'a form of another site cannot add articles here' });
    }
    await next();
  };
}

/**
 * Answer only requests that name this server by one of `hosts` (`Host` header, port included or
 * not; the URL's host, as the Host header gives it): a page whose name is re-pointed at 127.0.0.1
 * (DNS rebinding) cannot read or add through it.
 */
export function knownHosts(hosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    // the node adapter builds the request's URL from its Host header
    const host = new URL(c.req.url).host.toLowerCase();
    const name = host.replace(/:\d+$/, '');
    if (!allowed.has(host) && !allowed.has(name))
      throw new HTTPException(403, { message: `this server answers to ${[...allowed].join(', ')} only` });
    await next();
  };
}
