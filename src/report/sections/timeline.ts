import type { Report, Story, TimelineEvent } from '../../model/index.ts';
import { capitalise, MONTH_NAMES } from '../../text/calendar.ts';
import { citeHtml, citeMarkdown, escapeHtml, escapeMarkdown } from '../util.ts';
import type { ReportSection } from './types.ts';

const WIDTH = 720;
const AXIS_Y = 40;
const ROW = 14;
const MS_PER_DAY = 86_400_000;

const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

// Axis ticks between two days: every day for a fortnight, Mondays up to two months, else month starts.
function tickDays(first: number, last: number): number[] {
  const out: number[] = [];
  const span = last - first;
  for (let day = first + 1; day < last; day++) {
    const d = new Date(day * MS_PER_DAY);
    if (span <= 14 || (span <= 60 ? d.getUTCDay() === 1 : d.getUTCDate() === 1)) out.push(day);
  }
  return span > 730 ? out.filter((day) => new Date(day * MS_PER_DAY).getUTCMonth() === 0) : out;
}

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
      const tip = `${dateLabel(event)}${event.inferred ? ' (inferred)' : ''}: ${event.text}`;
      return `<a href="#${escapeHtml(story.id)}-event-${i}"><circle cx="${x(day).toFixed(1)}" cy="${AXIS_Y + 14 + level * ROW}" r="${r}" fill="${fill}" stroke="currentColor" stroke-width="1.5"><title>${escapeHtml(tip)}</title></circle></a>`;
    })
    .join('');
  const height = AXIS_Y + 30 + Math.max(...stacked.values()) * ROW;
  const ticks = tickDays(first, last).map((day) => {
    const label = last - first > 60 ? isoOf(day).slice(0, 7) : isoOf(day).slice(5);
    const at = x(day).toFixed(1);
    return `<line x1="${at}" y1="${AXIS_Y - 4}" x2="${at}" y2="${AXIS_Y + 4}" stroke="currentColor"/><text x="${at}" y="${AXIS_Y - 10}" font-size="10" text-anchor="middle" fill="currentColor">${escapeHtml(label)}</text>`;
  });
  return `<svg class="timeline" role="img" aria-label="Timeline of ${story.timeline.length} events" viewBox="0 0 ${WIDTH} ${height}" width="100%" style="max-width:${WIDTH}px;color:var(--accent)"><line x1="20" y1="${AXIS_Y}" x2="${WIDTH - 20}" y2="${AXIS_Y}" stroke="currentColor"/>${ticks.join('')}${dots}</svg>`;
}

const MONTHS = MONTH_NAMES.map((name) => capitalise(name.slice(0, 3)));

/** How an event's date reads: the day, or "week of 2023-12-18", "Dec 2023", "2023" for coarser dates. */
export function dateLabel(e: TimelineEvent): string {
  const month = MONTHS[Number(e.date.slice(5, 7)) - 1] ?? '';
  if (e.precision === 'week') return `week of ${e.date}`;
  if (e.precision === 'month') return `${month} ${e.date.slice(0, 4)}`;
  if (e.precision === 'year') return e.date.slice(0, 4);
  return e.date;
}

const inferredNote = (e: TimelineEvent): string => (e.inferred ? ' (date inferred)' : '');

/** The story's dated events in order, each cited: an SVG timeline and a list in HTML, a list in Markdown. */
export const timelineSection: ReportSection = {
  id: 'timeline',
  title: 'Timeline',
  markdown: (story) =>
    story.timeline
      .map(
        (e) =>
          `- **${dateLabel(e)}**${inferredNote(e)}: ${escapeMarkdown(e.text)} ${citeMarkdown(e.citations)}`,
      )
      .join('\n'),
  html: (story: Story, report: Report) => {
    if (!story.timeline.length) return '';
    const items = story.timeline
      .map(
        (e, i) =>
          `<li id="${escapeHtml(story.id)}-event-${i}"><strong>${escapeHtml(dateLabel(e))}</strong><small>${escapeHtml(inferredNote(e))}</small>: ${escapeHtml(e.text)}${citeHtml(report, e.citations)}</li>`,
      )
      .join('');
    return `${svgTimeline(story)}<p class="meta">Filled dots: dates stated in the text; hollow: resolved from relative dates or undated articles. Larger dots: more outlets.</p><ol class="timeline">${items}</ol>`;
  },
};
