import type { Report, Story } from '../../model/index.ts';
import {
  COVERAGE_PAGE_OUTLETS,
  PART_NAMES,
  PART_PAGE_SIZE,
  type PartWindow,
  partSize,
  renderStoryPart,
  type StoryPart,
} from '../../report/index.ts';
import type { StorySummary } from '../../store/types.ts';
import { escapeHtml, queryHref } from '../html.ts';
import { servedLinks } from './story.ts';

/** Where a part's own pages start: `from` (its first item) and, for the coverage matrix, `outlets` (its first column). */
export interface PartQuery {
  readonly from: number;
  readonly outlets: number;
}

// "Facts 31–60 of 942": the range a page shows.
function range(what: string, from: number, count: number, total: number): string {
  if (total === 0) return `No ${what.toLowerCase()}`;
  if (from >= total) return `${what}: none from ${from + 1} on (${total} in all)`;
  return `${what} ${from + 1}–${Math.min(total, from + count)} of ${total}`;
}

// Previous/next links through one dimension of a part's pages (plain links: no script needed).
function pager(
  path: string,
  query: PartQuery,
  key: 'from' | 'outlets',
  step: number,
  total: number,
  what: string,
  below: boolean,
): string {
  const at = query[key];
  const href = (to: number) =>
    queryHref(path, {
      from: key === 'from' ? to : query.from || undefined,
      outlets: key === 'outlets' ? to : query.outlets || undefined,
    });
  // from past the end (an old link, a story that shrank), "previous" is the last page that has items
  const last = total > 0 ? Math.floor((total - 1) / step) * step : 0;
  const before =
    at > 0
      ? `<a rel="prev" href="${href(Math.max(0, Math.min(at - step, last)))}">← Previous ${what}</a>`
      : '';
  const after = at + step < total ? `<a rel="next" href="${href(at + step)}">Next ${what} →</a>` : '';
  return before || after
    ? `<nav class="pager" aria-label="${escapeHtml(`Pages of ${what}${below ? ', below the list' : ''}`)}">${before} ${after}</nav>`
    : '';
}

/**
 * One page of one part of a story (all its quotes, all its names, the whole coverage matrix, …), a
 * window at a time with previous/next links; the story page links here when it shows only the first items.
 */
export function storyPartPage(
  summary: StorySummary,
  story: Story,
  report: Report,
  part: StoryPart,
  query: PartQuery,
): string {
  const size = PART_PAGE_SIZE[part];
  const total = partSize(story, part);
  const path = `/stories/${encodeURIComponent(summary.id)}/${part}`;
  const window: PartWindow =
    part === 'coverage'
      ? { offset: query.from, count: size, outletOffset: query.outlets, outletCount: COVERAGE_PAGE_OUTLETS }
      : { offset: query.from, count: size };
  const outlets = story.articleIds.length;
  const where =
    part === 'coverage'
      ? `${range('Facts', query.from, size, total)} · ${range('outlets', query.outlets, COVERAGE_PAGE_OUTLETS, outlets)} (those stating the most facts first)`
      : range('Items', query.from, size, total);
  // above and below the list, each landmark named apart (a screen reader lists them by name)
  const pagers = (below: boolean) =>
    pager(path, query, 'from', size, total, part === 'coverage' ? 'facts' : 'items', below) +
    (part === 'coverage'
      ? pager(path, query, 'outlets', COVERAGE_PAGE_OUTLETS, outlets, 'outlets', below)
      : '');
  const title = story.headline ?? summary.title;
  return `<p><a class="back" href="/stories/${encodeURIComponent(summary.id)}">← ${escapeHtml(title)}</a></p>
<h1>${escapeHtml(PART_NAMES[part])}</h1>
<p class="meta">${escapeHtml(where)}</p>
${pagers(false)}
${renderStoryPart(story, report, servedLinks(summary.id), part, window, 1)}
${pagers(true)}`;
}
