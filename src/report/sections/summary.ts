import type { Point, Report, Story } from '../../model/index.ts';
import type { StoryPageLinks } from '../links.ts';
import {
  articleIndex,
  articleLabel,
  citeHtml,
  citeMarkdown,
  escapeHtml,
  escapeMarkdown,
  quoted,
} from '../util.ts';
import type { ReportSection } from './types.ts';

const POINT_HEADINGS: Readonly<Record<Point['kind'], string>> = {
  disputed: 'Disputed between sources',
  'single-source': 'Matched in one source only (no other article here was matched to it)',
};

// The point's outlets by name.
function outletNames(point: Point, report: Report): string {
  const index = articleIndex(report);
  return point.articleIds.map((id) => articleLabel(index.get(id))).join(', ');
}

// The point's outlets; the articles of a point one source makes are that source's copies, said so.
function outlets(point: Point, report: Report): string {
  const names = outletNames(point, report);
  return point.kind === 'single-source' && point.articleIds.length > 1
    ? `${names} (copies of one source)`
    : names;
}

// The details of a point only its source gives while other sources tell the rest ("“Varnland”,
// “March 3”"), '' when it has none.
const onlyHereList = (point: Point): string => (point.onlyHere ?? []).map(quoted).join(', ');
const ONLY_REST = 'other sources tell the rest, at least in part';

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
      for (const p of points) {
        const only = onlyHereList(p);
        const cite = citeMarkdown(p.citations);
        out.push(
          `- ${escapeMarkdown(p.text)} — _${escapeMarkdown(outlets(p, report))}_ ${cite}${
            only ? ` (only ${cite} gives ${escapeMarkdown(only)}; ${ONLY_REST})` : ''
          }`,
        );
      }
      out.push('');
    }
    return out.join('\n');
  },
  html: (story, report, links) => {
    if (!story.summary.length && !story.points.length) return '';
    const summary = story.summary.length
      ? `<p class="px-summary">${story.summary
          .map(
            (s) => `<span class="px-sent">${withCites(s.text, citeHtml(report, s.citations, links))}</span>`,
          )
          .join(' ')}</p>`
      : '<p class="meta">No sentence is shared widely enough for a summary; see the points.</p>';
    return summary;
  },
};

/**
 * A summary sentence and its citation chips, the last word kept on the line of the first chip (a
 * `.px-tail` that does not wrap): chips that wrapped to the start of the next line read as citing the
 * next sentence (newuser23 #14). Each sentence is also its own line (`.px-sent`).
 */
function withCites(text: string, cites: string): string {
  const cut = text.trimEnd().search(/\S+$/);
  if (!cites || cut < 0) return `${escapeHtml(text)}${cites}`;
  return `${escapeHtml(text.slice(0, cut))}<span class="px-tail">${escapeHtml(text.trimEnd().slice(cut))}${cites}</span>`;
}

/** The disputed and single-source points, each with its outlets and citations ('' when none). */
export function pointsHtml(story: Story, report: Report, links?: StoryPageLinks): string {
  return pointGroups(story)
    .map(
      ([kind, list]) =>
        `<h4>${escapeHtml(POINT_HEADINGS[kind])} <small>${list.length}</small></h4><ul class="points ${kind}">${list
          .map((p) => {
            const only = onlyHereList(p);
            const who = escapeHtml(outletNames(p, report));
            return `<li>${escapeHtml(p.text)} <small>— ${escapeHtml(outlets(p, report))}</small>${citeHtml(report, p.citations, links)}${
              only
                ? ` <small class="only-here">(only ${who} gives ${escapeHtml(only)}; ${ONLY_REST})</small>`
                : ''
            }</li>`;
          })
          .join('')}</ul>`,
    )
    .join('');
}
