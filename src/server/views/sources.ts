import { articlesPerDayText, type SourceHealth } from '../../fetch/health.ts';
import { HEALTH_DAYS } from '../../fetch/patterns.ts';
import { escapeHtml } from '../html.ts';

/**
 * The sources page: the health of each followed source as `parallax sources` gives it (its feeds'
 * last success, the share of failed requests, new articles a day, when the last was stored, its
 * last error), so a reader of the web app sees a feed that failed or a page given up on.
 */

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'never');

/**
 * The pages given up on (failed at each attempt, no longer asked), per source, latest first, each with
 * its own number of attempts (a run given another `maxAttempts`, as the library allows, gives up
 * after more or fewer).
 */
function givenUpSection(rows: readonly SourceHealth[]): string {
  const items = rows
    .filter((r) => r.givenUp.count > 0)
    .map((r) => {
      const pages = r.givenUp.latest
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.url)}</code>: ${escapeHtml(p.error ?? 'failed')} (${p.attempts} ${p.attempts === 1 ? 'attempt' : 'attempts'}), ${when(p.at)}</li>`,
        )
        .join('');
      const more = r.givenUp.count - r.givenUp.latest.length;
      return `<li>${escapeHtml(r.name)}: ${r.givenUp.count} ${r.givenUp.count === 1 ? 'page' : 'pages'} given up${
        r.givenUp.count > 1 ? ' (latest first)' : ''
      }<ul>${pages}${more > 0 ? `<li>and ${more} more</li>` : ''}</ul></li>`;
    });
  if (!items.length) return '';
  return `<h2>Pages given up on</h2>
<ul class="given-up">${items.join('\n')}</ul>
<p class="meta">No run asks these again; <code>parallax fetch URL --db STORE</code> or <a href="/add">Add articles</a> with its URL does.</p>
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
${givenUpSection(rows)}<p class="meta">The outlets this store follows, as <code>parallax sources</code> gives them. Failed requests: of its feeds, and of its pages over the last ${HEALTH_DAYS} days.</p>
<div class="px-scroll" tabindex="0" role="region" aria-label="Sources"><table class="sources">
<thead><tr><th scope="col">Source</th><th scope="col">Last success</th><th scope="col">Failed requests</th><th scope="col">New articles a day</th><th scope="col">Last stored</th><th scope="col">Last error</th></tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}
