// A count told otherwise, read as its history: every article's value, oldest first and newest last,
// with its time of publication and, for an outlet's later article, the earlier value of its own it
// updates ("15 … 19:05 UTC, updates its own 12 [a2]"). Shown above a figure difference's sides in
// every format, from the `value` and `told` its sides carry.
import type { Conflict, Report } from '../../model/index.ts';
import { publishedInstant, publishedShown } from '../../text/dates/published.ts';
import { textTimeAt, textTimeShown } from '../../text/dates/text-time.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from '../links.ts';
import { articleIndex, articleLabel, escapeHtml, escapeMarkdown, formatNumber } from '../util.ts';

/** One article's value of a difference, as the history lists it. */
export interface ToldValue {
  readonly articleId: string;
  /** The value as written for a reader: "at least 14", "48,000,000 USD". */
  readonly value: string;
  readonly outlet: string;
  /**
   * Its publication time as the report shows times (`publishedShown`: its own zone, a date alone as
   * given), else its last update's, "updated …" (`textTimeShown`), or null.
   */
  readonly time: string | null;
  /** The same outlet's earlier articles it updates, each with the value it gave. */
  readonly updates: readonly { readonly articleId: string; readonly value: string }[];
}

const UNIT_WORDS: Readonly<Record<string, string>> = { percent: '%' };

/** A side's value for a reader: its qualifier, the number and its unit ("about 1,200", "3.1 %"). */
export function valueText(v: NonNullable<Conflict['sides'][number]['value']>): string {
  const unit = v.unit ? (UNIT_WORDS[v.unit] ?? ` ${v.unit}`) : '';
  return `${v.qualifier ? `${v.qualifier} ` : ''}${formatNumber(v.number)}${unit}`;
}

/**
 * A difference's values, article by article, oldest first and newest last (an undated article last);
 * empty when its sides carry no value and time (a difference other than a figure's, or an older report).
 */
export function toldValues(d: Conflict, report: Report): ToldValue[] {
  const articles = articleIndex(report);
  const valueAt = new Map<string, string>();
  for (const s of d.sides)
    if (s.value) for (const t of s.told ?? []) valueAt.set(t.articleId, valueText(s.value));
  const rows = d.sides.flatMap((s) =>
    s.value && s.told
      ? s.told.map((t) => ({
          articleId: t.articleId,
          value: valueText(s.value as NonNullable<typeof s.value>),
          outlet: articleLabel(articles.get(t.articleId)),
          // (an article dated by its last update only: that time, shown as an update's)
          time: t.publishedAt
            ? publishedShown(t.publishedAt)
            : textTimeShown(articles.get(t.articleId) ?? {}),
          at: publishedInstant(t.publishedAt ?? textTimeAt(articles.get(t.articleId) ?? {})),
          updates: (t.updates ?? []).map((id) => ({ articleId: id, value: valueAt.get(id) ?? '' })),
        }))
      : [],
  );
  if (new Set(rows.map((r) => r.value)).size < 2) return [];
  return rows
    .sort((x, y) => (Number.isNaN(x.at) ? 1 : 0) - (Number.isNaN(y.at) ? 1 : 0) || x.at - y.at || 0)
    .map(({ at: _, ...row }) => row);
}

const updatesText = (r: ToldValue) =>
  r.updates.length
    ? `, updates its own ${r.updates.map((u) => `${u.value} [${u.articleId}]`).join(', ')}`
    : '';

// The values' head: an update names its values in order ("Updated: 2 → 4 (newest last):"), other
// differences list them ("Values, newest last:").
function valuesHead(d: Conflict, rows: readonly ToldValue[]): string {
  if (!d.update) return 'Values, newest last:';
  const values = rows.map((r) => r.value).filter((v, i, all) => all.indexOf(v) === i);
  return `Updated: ${values.join(' → ')} (newest last):`;
}

/** The values line of a difference in Markdown (under its head), or '' when it has none. */
export function valuesMarkdown(d: Conflict, report: Report): string {
  const rows = toldValues(d, report);
  if (!rows.length) return '';
  const items = rows.map(
    (r) =>
      `${escapeMarkdown(r.value)} — ${escapeMarkdown(r.outlet)} [${r.articleId}], ${r.time ?? 'undated'}${updatesText(r)}`,
  );
  return `  - ${escapeMarkdown(valuesHead(d, rows))} ${items.join(' → ')}`;
}

/** The values of a difference as the HTML report and story page show them, or '' when it has none. */
export function valuesHtml(d: Conflict, report: Report, links: StoryPageLinks = IN_PAGE_LINKS): string {
  const rows = toldValues(d, report);
  if (!rows.length) return '';
  const items = rows.map(
    (r) =>
      `<li><strong>${escapeHtml(r.value)}</strong> — <a href="${escapeHtml(links.articleHref(r.articleId))}">${escapeHtml(r.outlet)}</a>, ${escapeHtml(r.time ?? 'undated')}${escapeHtml(updatesText(r))}</li>`,
  );
  return `<p class="meta">${escapeHtml(valuesHead(d, rows))}</p><ol class="px-values">${items.join('')}</ol>`;
}
