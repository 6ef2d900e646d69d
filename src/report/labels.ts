// How the reports name articles: by outlet or file, numbered within a story where several share a name.
import type { Article, Report, Story } from '../model/index.ts';
import { isOpinion } from '../text/genre.ts';

/**
 * What names an article before two are told apart: its outlet, else its file's base name
 * (`in/02-tribune.txt` → `02-tribune`; the records of `wire.jsonl` → `wire`; standard input → `stdin`).
 */
export function baseLabel(article: Pick<Article, 'outlet' | 'source' | 'id'>): string {
  const outlet = article.outlet?.trim();
  if (outlet) return outlet;
  if (article.source === '-') return 'stdin';
  const path = article.source.replace(/#\d+$/, '');
  return (
    path
      .split(/[\\/]/)
      .pop()
      ?.replace(/(?<=.)\.[^.]+$/, '') || article.id
  );
}

/** When an article was published, for numbering: its `publishedAt` (a day alone as that day's start), undated last. */
function timeOf(article: Article): number {
  const t = article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Reader-facing labels of articles, by id: `baseLabel`, numbered where articles of one story share one
 * ("Norhaven Courier (1)", "(2)"), an opinion piece said so ("Norhaven Courier (opinion)", "(2,
 * opinion)": text/genre.ts), by publication time within the story (undated last, then in the story's
 * order), as the store's story alone numbers them (across the run a story could read "(1)", "(2)",
 * "(4)"); an article of no story among those of none.
 * @example
 * articleLabels(report.articles, report.stories).get('a2') // 'Tidewater Tribune'
 */
export function articleLabels(
  articles: readonly Article[],
  stories: readonly Pick<Story, 'articleIds'>[] = [],
): Map<string, string> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, number>(); // each article's first story
  for (const [k, story] of stories.entries())
    for (const id of story.articleIds) if (byId.has(id) && !storyOf.has(id)) storyOf.set(id, k);
  const ordered = [
    ...[...storyOf.keys()].map((id) => byId.get(id) as Article),
    ...articles.filter((a) => !storyOf.has(a.id)),
  ];
  const groups = new Map<string, Article[]>();
  for (const a of ordered) {
    const key = `${storyOf.get(a.id) ?? -1} ${baseLabel(a).toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const labels = new Map<string, string>();
  for (const group of groups.values())
    for (const [i, a] of group.toSorted((x, y) => timeOf(x) - timeOf(y) || 0).entries()) {
      const marks = [...(group.length > 1 ? [`${i + 1}`] : []), ...(isOpinion(a) ? ['opinion'] : [])];
      labels.set(a.id, marks.length ? `${baseLabel(a)} (${marks.join(', ')})` : baseLabel(a));
    }
  return labels;
}

/** The report with every article's `label` set (what the renderers print, and the JSON report carries). */
export function withLabels(report: Report): Report {
  const labels = articleLabels(report.articles, report.stories);
  return {
    ...report,
    articles: report.articles.map((a) => ({ ...a, label: labels.get(a.id) ?? baseLabel(a) })),
  };
}
