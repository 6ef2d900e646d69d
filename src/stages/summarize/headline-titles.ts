// Which articles' titles may head a story (summarize/headline.ts): not those written before its
// event, and first those of its event's first reports.
import type { Fact, SegmentedArticle } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { withoutTitleLabel } from '../../text/title-label.ts';
import { articleDays } from './periods.ts';
import { reportsDone, titleTellsAhead } from './title-state.ts';

/**
 * The articles written before the story's event: marked ◷ (published before, or telling it as still
 * ahead) on more facts told as happened than they tell (as a source or a supporter). A first report
 * is ◷ on its follow-ups but tells most of what happened; a preview tells at most its background.
 */
export function aheadArticles(facts: readonly Fact[]): Set<string> {
  const balance = new Map<string, number>();
  const add = (id: string, by: number) => balance.set(id, (balance.get(id) ?? 0) + by);
  for (const f of facts) {
    if (f.modality !== 'happened') continue;
    for (const id of f.sources) add(id, -1);
    for (const [id, m] of Object.entries(f.coverage)) {
      if (m.mark === 'published-before') add(id, 1);
      else if (m.mark === 'supports' && !f.sources.includes(id)) add(id, -1);
    }
  }
  return new Set([...balance].filter(([, n]) => n > 0).map(([id]) => id));
}

/**
 * Of titles, those of articles published on the earliest day any of them was (undated ones kept),
 * when they were published on more than one day: the event's first reports (an undated one among dated
 * ones placed by the latest full date it tells as done: `articleDays`). Days in UTC, to order them
 * across zones (`publishedUtcDay`; the cards show each writer's own day): two writers' own days
 * would put a report of 23:00 at -05:00 on a day before one written five hours earlier at +02:00.
 */
export function firstDay<T extends { doc: SegmentedArticle }>(titles: readonly T[]): readonly T[] {
  const known = articleDays(titles.map((t) => t.doc));
  const days = [...new Set(known.filter((d): d is number => d !== null))].sort((a, b) => a - b);
  if (days.length < 2) return titles;
  return titles.filter((_, i) => known[i] === null || known[i] === days[0]);
}

/** Working titles a report overtook (`overtakenTitles`): the plans' articles and the reports'. */
export interface Overtaken {
  /** The articles whose headline tells the event as still ahead, where a report since tells it done. */
  readonly plans: ReadonlySet<string>;
  /** The articles reporting the event as done, published no earlier than such a plan's. */
  readonly reports: ReadonlySet<string>;
}

/**
 * The articles (by id) whose headline tells the event as still ahead ("Council to vote on budget
 * tonight") where an article published no earlier (both dated) reports it done (`reportsDone`: its
 * headline no plan and no explainer's, its first sentence telling it as happened), and those reports.
 * A plan told after a report ("Mayor to sign budget on Friday") is the story's latest state, and kept.
 */
export function overtakenTitles(articles: readonly SegmentedArticle[]): Overtaken {
  const read = articles
    .filter(({ article: a }) => a.title && !a.titleInferred)
    .map((doc) => ({
      doc,
      title: withoutTitleLabel((doc.article.title as string).trim()),
      at: publishedInstant(doc.article.publishedAt),
    }))
    .filter((t) => !Number.isNaN(t.at));
  const ahead = read.filter((t) => titleTellsAhead(t.title));
  const plans = new Set<string>();
  const reports = new Set<string>();
  if (ahead.length === 0) return { plans, reports };
  const done = read.filter(
    (t) => !ahead.includes(t) && !t.doc.article.syndicatedFrom && reportsDone(t.title, opening(t.doc)),
  );
  for (const p of ahead)
    for (const d of done)
      if (d.at >= p.at) {
        plans.add(p.doc.article.id);
        reports.add(d.doc.article.id);
      }
  return { plans, reports };
}

// An article's first sentence as written.
const opening = ({ article, sentences }: SegmentedArticle): string =>
  sentences[0] ? article.text.slice(sentences[0].start, sentences[0].end) : '';
