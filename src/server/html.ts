import { escapeHtml } from '../report/util.ts';
import { publishedDaySpan, publishedShown } from '../text/dates/published.ts';

export { escapeHtml } from '../report/util.ts';

/** What a page shell needs besides its body. */
export interface PageOptions {
  readonly title: string;
  /** Extra `<head>` markup (trusted: built by the server, never from article text). */
  readonly head?: string;
  /** Which menu entry is current. */
  readonly current?: 'stories' | 'changes' | 'add' | 'sources';
}

/**
 * The page shell: head with the served style sheet and script (no inline script or style), a skip
 * link, the site menu, and the body in `<main>`. `title` is escaped; `body` must already be.
 */
export function page(body: string, options: PageOptions): string {
  const here = (name: PageOptions['current']) => (options.current === name ? ' aria-current="page"' : '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(options.title)} · Parallax</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>${options.head ?? ''}
</head><body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a class="brand" href="/">Parallax</a><nav class="site" aria-label="Site"><a href="/"${here('stories')}>Stories</a><a href="/changes"${here('changes')}>What changed</a><a href="/add"${here('add')}>Add articles</a><a href="/sources"${here('sources')}>Sources</a><a href="/api/openapi.json">API</a></nav></header>
<main id="main">
${body}
</main></body></html>
`;
}

// Days are shown as the story page's cards show times (`publishedShown`): the writer's own day, UTC for
// the store's own times (it keeps them in UTC).

/** A day as `2025-03-04`, or '' when unknown. */
export function day(iso: string | null | undefined): string {
  return publishedShown(iso)?.slice(0, 10) ?? '';
}

/** A time span as days: `2025-03-04 – 2025-03-06`, one day alone, or '' when undated. */
export function daySpan(first: string | null, last: string | null): string {
  return publishedDaySpan([first, last]);
}

/** "1 article", "3 articles": the reports' own (report/util.ts). */
export { plural } from '../report/util.ts';

/** A query string of the non-empty values, escaped for an attribute (`?a=1&amp;b=2`), or ''. */
export function queryHref(
  path: string,
  params: Readonly<Record<string, string | number | undefined>>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return escapeHtml(text ? `${path}?${text}` : path);
}
