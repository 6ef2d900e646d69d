import type { Report, Story, TimelineEvent } from '../../model/index.ts';
import { citeHtml, citeMarkdown, escapeHtml, escapeMarkdown } from '../util.ts';
import type { ReportSection } from './types.ts';

const WIDTH = 720;
const AXIS_Y = 40;
const ROW = 14;
const MS_PER_DAY = 86_400_000;

const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

// An inline SVG: one axis, one dot per event (hollow when its date is inferred), events of one day
// stacked; each dot links to its entry in the list below and shows its date and text on hover.
function svgTimeline(story: Story): string {
  const days = story.timeline.map((e) => dayOf(e.date));
  const first = Math.min(...days) - 1;
  const last = Math.max(...days) + 1;
  const x = (day: number): number => 30 + ((day - first) / (last - first)) * (WIDTH - 60);
  const stacked = new Map<number, number>();
  const dots = story.timeline
    .map((event, i) => {
      const day = dayOf(event.date);
      const level = stacked.get(day) ?? 0;
      stacked.set(day, level + 1);
      const outlets = new Set(event.citations.map((c) => c.articleId)).size;
      const r = 4 + Math.min(outlets, 5);
      const fill = event.inferred ? 'none' : 'currentColor';
      const tip = `${event.date}${event.inferred ? ' (inferred)' : ''}: ${event.text}`;
      return `<a href="#${escapeHtml(story.id)}-event-${i}"><circle cx="${x(day).toFixed(1)}" cy="${AXIS_Y + 14 + level * ROW}" r="${r}" fill="${fill}" stroke="currentColor" stroke-width="1.5"><title>${escapeHtml(tip)}</title></circle></a>`;
    })
    .join('');
  const height = AXIS_Y + 30 + Math.max(...stacked.values()) * ROW;
  const span = last - first;
  const step = span <= 14 ? 1 : span <= 90 ? 7 : span <= 730 ? 30 : 365;
  const ticks: string[] = [];
  for (let day = first + 1; day < last; day += step) {
    const label = step >= 30 ? isoOf(day).slice(0, 7) : isoOf(day).slice(5);
    ticks.push(
      `<line x1="${x(day).toFixed(1)}" y1="${AXIS_Y - 4}" x2="${x(day).toFixed(1)}" y2="${AXIS_Y + 4}" stroke="currentColor"/><text x="${x(day).toFixed(1)}" y="${AXIS_Y - 10}" font-size="10" text-anchor="middle" fill="currentColor">${escapeHtml(label)}</text>`,
    );
  }
  return `<svg class="timeline" role="img" aria-label="Timeline of ${story.timeline.length} events" viewBox="0 0 ${WIDTH} ${height}" width="100%" style="max-width:${WIDTH}px;color:var(--accent)"><line x1="20" y1="${AXIS_Y}" x2="${WIDTH - 20}" y2="${AXIS_Y}" stroke="currentColor"/>${ticks.join('')}${dots}</svg>`;
}

const inferredNote = (e: TimelineEvent): string => (e.inferred ? ' (date inferred)' : '');

/** The story's dated events in order, each cited: an SVG timeline and a list in HTML, a list in Markdown. */
export const timelineSection: ReportSection = {
  id: 'timeline',
  title: 'Timeline',
  markdown: (story) =>
    story.timeline
      .map((e) => `- **${e.date}**${inferredNote(e)}: ${escapeMarkdown(e.text)} ${citeMarkdown(e.citations)}`)
      .join('\n'),
  html: (story: Story, report: Report) => {
    if (!story.timeline.length) return '';
    const items = story.timeline
      .map(
        (e, i) =>
          `<li id="${escapeHtml(story.id)}-event-${i}"><strong>${escapeHtml(e.date)}</strong><small>${escapeHtml(inferredNote(e))}</small>: ${escapeHtml(e.text)}${citeHtml(report, e.citations)}</li>`,
      )
      .join('');
    return `${svgTimeline(story)}<p class="meta">Filled dots: dates stated in the text; hollow: resolved from relative dates or undated articles. Larger dots: more outlets.</p><ol class="timeline">${items}</ol>`;
  },
};
