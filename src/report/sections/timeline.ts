import type { Report, Story, TimelineEvent } from '../../model/index.ts';
import { capitalise, MONTH_NAMES } from '../../text/calendar.ts';
import { IN_PAGE_LINKS } from '../links.ts';
import { citeHtml, citeMarkdown, escapeHtml, escapeMarkdown, plural } from '../util.ts';
import type { ReportSection } from './types.ts';

const WIDTH = 420;
const ROW = 26;
const BREAK = 20;
const LABEL_X = 124;
const RAIL_X = 134;
const DOTS_SHOWN = 6;
const MS_PER_DAY = 86_400_000;

const dayOf = (iso: string): number => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);

// "3 weeks later", "2 years later": the time skipped between two rows of the chart.
function gapLabel(days: number): string {
  const [n, unit] =
    days >= 730
      ? [Math.round(days / 365), 'year']
      : days >= 60
        ? [Math.round(days / 30), 'month']
        : [Math.round(days / 7), 'week'];
  return `${n} ${unit}${n === 1 ? '' : 's'} later`;
}

// A row's words cut at the last whole word that fits and marked "…" (mid-word only when one word fills it).
function clipOnWord(text: string, room: number): string {
  if (text.length <= room) return text;
  const space = text.lastIndexOf(' ', room - 1);
  const kept = space > room / 2 ? text.slice(0, space) : text.slice(0, room - 1);
  return `${kept.replace(/[\s,;:…]+$/, '')}…`;
}

// An inline SVG read top to bottom: one row per date (its label, a dot per event, hollow when the date
// is inferred, and the first event's words); rows are evenly spaced so that far-off dates cannot crowd
// the rest, and a long gap between two dates is drawn as a break that says how long it is.
function svgTimeline(story: Story): string {
  const rows = new Map<string, number[]>();
  story.timeline.forEach((e, i) => {
    const key = `${e.date}|${dateLabel(e)}`;
    rows.set(key, [...(rows.get(key) ?? []), i]);
  });
  const ordered = [...rows].sort(([a], [b]) => dayOf(a) - dayOf(b));
  const gaps = ordered.slice(1).map(([key], i) => dayOf(key) - dayOf((ordered[i] as [string, number[]])[0]));
  const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  const parts: string[] = [];
  let y = 8;
  ordered.forEach(([, events], r) => {
    const gap = r > 0 ? (gaps[r - 1] ?? 0) : 0;
    if (gap >= 60 && gap > 3 * median) {
      parts.push(
        `<text x="${RAIL_X + 10}" y="${y + 13}" font-size="11" font-style="italic" fill="currentColor" opacity=".75">⋮ ${gapLabel(gap)}</text>`,
      );
      y += BREAK;
    }
    const first = story.timeline[events[0] as number] as TimelineEvent;
    const cy = y + ROW / 2;
    const dots = events.slice(0, DOTS_SHOWN).map((i, k) => {
      const e = story.timeline[i] as TimelineEvent;
      const tip = `${dateLabel(e)}${inferredNote(e)}: ${e.text}`;
      return `<a href="#${escapeHtml(story.id)}-event-${i}"><circle cx="${RAIL_X + 14 * k}" cy="${cy}" r="5" fill="${e.inferred ? 'var(--bg)' : 'currentColor'}" stroke="currentColor" stroke-width="1.5"><title>${escapeHtml(tip)}</title></circle></a>`;
    });
    const more = events.length > DOTS_SHOWN ? `+${events.length - DOTS_SHOWN} ` : '';
    const textX = RAIL_X + 14 * Math.min(events.length, DOTS_SHOWN) + 2;
    const room = Math.max(8, Math.floor((WIDTH - textX) / 6.2));
    const words = `${more}${first.text}`;
    parts.push(
      `<text x="${LABEL_X}" y="${cy + 4}" font-size="11" text-anchor="end" fill="currentColor">${escapeHtml(dateLabel(first))}</text>${dots.join('')}<text x="${textX}" y="${cy + 4}" font-size="11" fill="currentColor" opacity=".85">${escapeHtml(clipOnWord(words, room))}</text>`,
    );
    y += ROW;
  });
  const height = y + 8;
  return `<svg class="px-timeline" aria-label="Timeline of ${plural(story.timeline.length, 'event')} on ${plural(ordered.length, 'date')}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"><line x1="${RAIL_X}" y1="4" x2="${RAIL_X}" y2="${height - 4}" stroke="currentColor" opacity=".4"/>${parts.join('')}</svg>`;
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

// what the date is: a plan or expectation rather than done, and worked out from words that do not
// state it whole, quoted ("on Monday": see fromLegend; a report written before they were kept has none)
const inferredNote = (e: TimelineEvent): string =>
  `${e.planned ? ' (planned)' : ''}${disputedNote(e)}${e.inferred ? (e.from ? ` (from “${e.from}”)` : ' (date worked out)') : ''}`;

// an event one of whose sentences tells a claim another party disputes, with who, where named
function disputedNote(e: TimelineEvent): string {
  if (!e.disputedBy?.length) return '';
  const named = e.disputedBy.filter((b): b is string => b !== null);
  return named.length ? ` (disputed by ${named.join(', ')})` : ' (disputed)';
}

/**
 * What a row's "(from …)" mark means, said once under the list, with the words of the story's first
 * such row ("(from “Friday”)"; "(date worked out)" where no row kept its words), so the legend names
 * no word the list does not use (newuser16 #18).
 */
export function fromLegend(timeline: readonly TimelineEvent[]): string {
  const from = timeline.find((e) => e.inferred && e.from)?.from;
  const mark = from ? `(from “${from}”)` : '(date worked out)';
  return `${mark}: the date is worked out from ${from ? 'those words' : 'words'} (a weekday, “last week”, a day without its year) and the date of the article that tells them.`;
}

/** The story's dated events in order, each cited: an SVG timeline and a list in HTML, a list in Markdown. */
export const timelineSection: ReportSection = {
  id: 'timeline',
  title: 'Timeline',
  markdown: (story) => {
    const rows = story.timeline.map(
      (e) =>
        `- **${dateLabel(e)}**${inferredNote(e)}: ${escapeMarkdown(e.text)} ${citeMarkdown(e.citations)}`,
    );
    return story.timeline.some((e) => e.inferred)
      ? `${rows.join('\n')}\n\n${escapeMarkdown(fromLegend(story.timeline))}`
      : rows.join('\n');
  },
  html: (story: Story, report: Report, links = IN_PAGE_LINKS) => {
    if (!story.timeline.length) return '';
    const items = story.timeline
      .map(
        (e, i) =>
          `<li id="${escapeHtml(story.id)}-event-${i}"><strong>${escapeHtml(dateLabel(e))}</strong><small>${escapeHtml(inferredNote(e))}</small>: ${escapeHtml(e.text)}${citeHtml(report, e.citations, links)}</li>`,
      )
      .join('');
    return `${svgTimeline(story)}<p class="meta">One row per date, evenly spaced (long gaps are marked). Filled dots: dates the text states whole; hollow: worked out. ${story.timeline.some((e) => e.inferred) ? `${escapeHtml(fromLegend(story.timeline))} ` : ''}(planned): a plan or expectation, not told as done.</p><ol class="px-events">${items}</ol>`;
  },
};
