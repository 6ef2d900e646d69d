import type { Point, Report, Story } from '../../model/index.ts';
import type { StoryPageLinks } from '../links.ts';
import { articleIndex, articleLabel, citeHtml, citeMarkdown, escapeHtml, escapeMarkdown } from '../util.ts';
import type { ReportSection } from './types.ts';

const POINT_HEADINGS: Readonly<Record<Point['kind'], string>> = {
  disputed: 'Disputed between sources',
  'single-source': 'Found in one source only (no other article here was matched to it)',
};

// The point's outlets; the articles of a point one source makes are that source's copies, said so.
function outlets(point: Point, report: Report): string {
  const index = articleIndex(report);
  const names = point.articleIds.map((id) => articleLabel(index.get(id))).join(', ');
  return point.kind === 'single-source' && point.articleIds.length > 1
    ? `${names} (copies of one source)`
    : names;
}

function pointGroups(story: Story): [Point['kind'], Point[]][] {
  return (['disputed', 'single-source'] as const)
    .map((kind): [Point['kind'], Point[]] => [kind, story.points.filter((p) => p.kind === kind)])
    .filter(([, points]) => points.length > 0);
}

/**
 * The neutral headline, the extractive summary with a citation marker after every sentence (linking to
 * the cited sentence in each supporting article), then the single-source and disputed points.
 */
export const summarySection: ReportSection = {
  id: 'summary',
  title: 'Summary',
  markdown: (story, report) => {
    if (!story.summary.length && !story.points.length) return '';
    const out: string[] = [];
    if (story.headline) out.push(`**${escapeMarkdown(story.headline)}**`, '');
    if (story.summary.length)
      out.push(
        story.summary.map((s) => `${escapeMarkdown(s.text)} ${citeMarkdown(s.citations)}`).join(' '),
        '',
      );
    for (const [kind, points] of pointGroups(story)) {
      out.push(`${POINT_HEADINGS[kind]}:`, '');
      for (const p of points)
        out.push(
          `- ${escapeMarkdown(p.text)} — _${escapeMarkdown(outlets(p, report))}_ ${citeMarkdown(p.citations)}`,
        );
      out.push('');
    }
    return out.join('\n');
  },
  html: (story, report, links) => {
    if (!story.summary.length && !story.points.length) return '';
    const summary = story.summary.length
      ? `<p class="px-summary">${story.summary
          .map((s) => `${escapeHtml(s.text)}${citeHtml(report, s.citations, links)}`)
          .join(' ')}</p>`
      : '<p class="meta">No sentence is shared widely enough for a summary; see the points.</p>';
    return summary;
  },
};

/** The disputed and single-source points, each with its outlets and citations ('' when none). */
export function pointsHtml(story: Story, report: Report, links?: StoryPageLinks): string {
  return pointGroups(story)
    .map(
      ([kind, list]) =>
        `<h4>${escapeHtml(POINT_HEADINGS[kind])} <small>${list.length}</small></h4><ul class="points ${kind}">${list
          .map(
            (p) =>
              `<li>${escapeHtml(p.text)} <small>— ${escapeHtml(outlets(p, report))}</small>${citeHtml(report, p.citations, links)}</li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
}
