// The outlets' leanings as the report carries them (from the user's manifest or outlet table, never
// invented), for the export's `leaning` column: R or pandas users need not join their manifest back.
import type { Article, Report } from '../../model/index.ts';

/**
 * The leaning of an article's outlet as given, by the article (its story's framing names it) or else by
 * its outlet's name in another story of the report; empty where no leaning was given.
 * @example
 * leaningOf(report)(article) // 'centre-left'
 */
export function leaningOf(report: Report): (a: Pick<Article, 'id' | 'outlet'>) => string {
  const byArticle = new Map<string, string>();
  const byOutlet = new Map<string, string>();
  for (const story of report.stories)
    for (const o of story.framing?.outlets ?? [])
      if (o.leaning) {
        byArticle.set(o.articleId, o.leaning);
        if (!byOutlet.has(o.name)) byOutlet.set(o.name, o.leaning);
      }
  return (a) => byArticle.get(a.id) ?? (a.outlet ? byOutlet.get(a.outlet) : undefined) ?? '';
}
