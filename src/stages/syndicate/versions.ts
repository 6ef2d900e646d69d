import type { Article, RunContext } from '../../model/index.ts';
import { urlKey } from '../../store/keys.ts';
import { changedAtLabel, latestVersion } from '../../text/dates/versions.ts';
import { foldName } from '../../text/normalise.ts';
import { MIN_CONTAINMENT } from './patterns.ts';
import { shingleSet } from './shingles.ts';

/**
 * Earlier versions of one page given beside its later one (a page saved before and after its
 * correction): the same outlet, the same address (the store's URL key, not a site's root), shared
 * text (most of the shorter text's shingles in the other, or, under the same headline, a good part:
 * a headline and address alone are a page the outlet overwrites, a daily briefing), and a later change
 * time than every other (text/dates/versions.ts, the rule the store's ingest keeps the later version
 * by). The earlier ones are left out, each with a warning naming it and the version read, as the store
 * keeps one article per address (the earlier as its revision): read as articles of their own, they told
 * a retracted sentence as a fact "corroborated" by the correction itself, and the outlet's corrected
 * error as a dispute between sources. Versions whose order is not known (no time, the same time) are
 * all kept: a date-only `modifiedAt` on the day of another's time of publication says no order.
 * @example
 * const read = laterVersions(articles, ctx); // the page saved on Nov 18 left out beside its Nov 19 save
 */
export function laterVersions(articles: readonly Article[], ctx: RunContext): readonly Article[] {
  const byPage = new Map<string, Article[]>();
  for (const article of articles) {
    const key = pageKey(article);
    if (key === null) continue;
    const same = byPage.get(key);
    if (same) same.push(article);
    else byPage.set(key, [article]);
  }
  const earlier = new Set<string>();
  for (const same of byPage.values()) {
    if (same.length < 2) continue;
    const latest = latestVersion(same);
    if (!latest) continue;
    for (const article of same) {
      if (article === latest || !sameText(article, latest)) continue;
      earlier.add(article.id);
      ctx.issues.push({
        code: 'syndicate/earlier-version',
        severity: 'warning',
        articleId: latest.id,
        ...(article.source ? { source: article.source } : {}),
        message: `${named(article)} (left out) is an earlier version of ${latest.id}${latest.source ? ` (${latest.source})` : ''}, the version read (the same page, ${latest.url}, changed ${changedAtLabel(latest)})`,
      });
    }
  }
  return earlier.size ? articles.filter((a) => !earlier.has(a.id)) : articles;
}

// The page an article is a version of: its outlet and its address; none without both, or at a site's root.
function pageKey(article: Article): string | null {
  const key = urlKey(article.url);
  const outlet = article.outlet?.trim();
  if (!key || !outlet || !/^https:\/\/[^/]+\/./.test(key)) return null;
  return `${foldName(outlet)}\n${key}`;
}

// A left-out version as a reader finds it: its file (and record), else its title.
const named = (article: Article): string => article.source ?? `“${article.title ?? article.id}”`;

// Share of the shorter text's shingles in the other for two versions of one text; under the same
// headline a lower share does (a correction rewrote a good part), never none.
const SAME_TITLE_CONTAINMENT = MIN_CONTAINMENT / 2;

/**
 * Two versions of one text: most of the shorter one's shingles in the other, or a good part of them
 * under the same headline (what analyze and the store's ingest both ask of a page's two versions).
 */
export function sameText(a: Article, b: Article): boolean {
  const sa = shingleSet(a.text);
  const sb = shingleSet(b.text);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  if (small.size === 0 || shared === 0) return false;
  const titled = Boolean(a.title?.trim()) && a.title?.trim() === b.title?.trim();
  return shared / small.size >= (titled ? SAME_TITLE_CONTAINMENT : MIN_CONTAINMENT);
}
