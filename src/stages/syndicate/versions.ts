import type { Article, RunContext } from '../../model/index.ts';
import { urlKey } from '../../store/keys.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { foldName } from '../../text/normalise.ts';
import { MIN_CONTAINMENT } from './patterns.ts';
import { shingleSet } from './shingles.ts';

/**
 * Earlier versions of one page given beside its later one (a page saved before and after its
 * correction): the same outlet, the same address (the store's URL key, not a site's root), most of
 * the shorter text's shingles in the other or the same headline, and a later change time (`modifiedAt`,
 * else `publishedAt`) than every other. The earlier ones are left out, each with a warning naming the
 * version read, as the store keeps one article per address: read as articles of their own, they told
 * a retracted sentence as a fact "corroborated" by the correction itself, and the outlet's corrected
 * error as a dispute between sources. Versions whose order is not known (no time, the same time) are
 * all kept.
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
    const latest = latestOf(same);
    if (!latest) continue;
    for (const article of same) {
      if (article === latest || !sameText(article, latest)) continue;
      earlier.add(article.id);
      ctx.issues.push({
        code: 'syndicate/earlier-version',
        severity: 'warning',
        articleId: article.id,
        ...(article.source ? { source: article.source } : {}),
        message: `an earlier version of ${latest.source ?? latest.id} (the same page, ${latest.url}, changed ${changedAt(latest)}): left out, the later one read`,
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

// The article last changed, when its time is later than every other's; else none.
function latestOf(same: readonly Article[]): Article | undefined {
  const times = same.map((a) => publishedInstant(changedAt(a)));
  const best = Math.max(...times.map((t) => (Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t)));
  if (!Number.isFinite(best) || times.filter((t) => t === best).length !== 1) return undefined;
  return same[times.indexOf(best)];
}

const changedAt = (article: Article): string => article.modifiedAt ?? article.publishedAt ?? '';

// Two versions of one text: the same headline, or most of the shorter one's shingles in the other.
function sameText(a: Article, b: Article): boolean {
  if (a.title?.trim() && a.title.trim() === b.title?.trim()) return true;
  const sa = shingleSet(a.text);
  const sb = shingleSet(b.text);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return small.size > 0 && shared / small.size >= MIN_CONTAINMENT;
}
