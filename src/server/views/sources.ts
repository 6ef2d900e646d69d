import { articlesPerDayText, type SourceHealth } from '../../fetch/health.ts';
import { HEALTH_DAYS } from '../../fetch/patterns.ts';
import { escapeHtml } from '../html.ts';

/**
 * The sources page: the health of each followed source as `parallax sources` gives it (its feeds'
 * last success, the share of failed requests, new articles (a day, or in the time followed), when the last was stored, its
 * last error), so a reader of the web app sees a feed that failed or a page given up on.
 */

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'never');

// The list items of pages of one kind (`pages`: a row's given-up or left-out pages), one a source
// that has any ("Cadwell Daily: 2 pages `kind` (latest first)"), each page told by `line` and its
// time, latest first; none when no source has any.
function pagesSection(
  rows: readonly SourceHealth[],
  pages: (r: SourceHealth) => SourceHealth['givenUp'],
  kind: string,
  line: (p: SourceHealth['givenUp']['latest'][number]) => string,
): string[] {
  return rows
    .filter((r) => pages(r).count > 0)
    .map((r) => {
      const { count, latest } = pages(r);
      const items = latest.map(
        (p) => `<li><code>${escapeHtml(p.url)}</code>: ${line(p)}, ${when(p.at)}</li>`,
      );
      const more = count - latest.length;
      return `<li>${escapeHtml(r.name)}: ${count} ${count === 1 ? 'page' : 'pages'} ${kind}${
        count > 1 ? ' (latest first)' : ''
      }<ul>${items.join('')}${more > 0 ? `<li>and ${more} more</li>` : ''}</ul></li>`;
    });
}

/**
 * The pages given up on (failed at each attempt, no longer asked), per source, latest first, each with
 * its own number of attempts (a run given another `maxAttempts`, as the library allows, gives up
 * after more or fewer).
 */
function givenUpSection(rows: readonly SourceHealth[]): string {
  const items = pagesSection(
    rows,
    (r) => r.givenUp,
    'given up',
    (p) => `${escapeHtml(p.error ?? 'failed')} (${p.attempts} ${p.attempts === 1 ? 'attempt' : 'attempts'})`,
  );
  if (!items.length) return '';
  return `<h2>Pages given up on</h2>
<ul class="given-up">${items.join('\n')}</ul>
<p class="meta">No run asks these again; <code>parallax fetch URL --db STORE</code> or <a href="/add">Add articles</a> with its URL does.</p>
`;
}

/**
 * The pages a sitemap listed that a fetch left out as no article (a site's "About us"), per source,
 * latest first, each with why; a page a user names herself is taken.
 */
function leftOutSection(rows: readonly SourceHealth[]): string {
  const items = pagesSection(
    rows,
    (r) => r.leftOut,
    'left out',
    (p) => escapeHtml(p.error ?? ''),
  );
  if (!items.length) return '';
  return `<h2>Pages left out: not an article</h2>
<ul class="given-up">${items.join('\n')}</ul>
<p class="meta">A sitemap listed them, but the page says nothing of being an article; <code>parallax fetch URL --db STORE</code> or <a href="/add">Add articles</a> with its URL takes one.</p>
`;
}

/** The page's body. */
export function sourcesPage(rows: readonly SourceHealth[]): string {
  const intro = '<h1>Sources</h1>';
  if (!rows.length)
    return `${intro}
<p>No followed sources yet. <code>parallax watch --sources FILE</code> or <code>parallax fetch --sources FILE</code> follows an outlet's feeds and sitemaps into this store; <a href="/add">Add articles</a> fetches single URLs.</p>`;
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.name)}</th><td>${when(r.lastSuccess)}</td><td>${
          r.errorRate === null ? '–' : `${Math.round(r.errorRate * 100)}%`
        }</td><td>${escapeHtml(articlesPerDayText(r))}</td><td>${when(r.lastArticle)}</td><td>${
          r.lastError ? escapeHtml(r.lastError) : 'none'
        }</td></tr>`,
    )
    .join('\n');
  return `${intro}
${givenUpSection(rows)}${leftOutSection(rows)}<p class="meta">The outlets this store follows, as <code>parallax sources</code> gives them. Failed requests: of its feeds, and of its pages over the last ${HEALTH_DAYS} days.</p>
<div class="px-scroll" tabindex="0" role="region" aria-label="Sources"><table class="sources">
<thead><tr><th scope="col">Source</th><th scope="col">Last success</th><th scope="col">Failed requests</th><th scope="col">New articles</th><th scope="col">Last stored</th><th scope="col">Last error</th></tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}
