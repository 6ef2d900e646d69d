/** Reading dates from metadata values, URLs and datelines into ISO strings. */

import { alternation, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBERS } from '../../../text/calendar.ts';

const ISO =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const MONTH_NAME = `(${alternation([...MONTH_NAMES, ...MONTH_ABBREVIATIONS])})`;
const MDY = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i');
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|\.|$)/;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const day = (y: number, m: number, d: number): string | null =>
  validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;

/**
 * Normalise a date found in metadata, or given in the input, to ISO: a date-time with an offset other
 * than UTC's keeps it, in seconds (`2026-10-12T10:30:00+02:00`: the writer's day and time, as a time
 * given in a JSON record was kept; in UTC one source's 09:15 and another's 08:30 read as the wrong
 * order, and a late evening's day as the next), one in UTC or with no zone is a UTC ISO string
 * (`…T08:30:00.000Z`), a bare date stays `YYYY-MM-DD`; English month names and epoch numbers are read; otherwise null.
 */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    const date = day(Number(y), Number(m), Number(d));
    if (!date) return null;
    if (hh === undefined) return date;
    const offset = zone ? (zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : 'Z';
    const local = `${date}T${hh}:${mm}:${ss ?? '00'}`;
    const parsed = new Date(`${local}${offset}`);
    if (Number.isNaN(parsed.getTime())) return date;
    // in the writer's zone: its day is the writer's (text/dates/published.ts compares and shows times)
    return offset === 'Z' || /^[+-]00:00$/.test(offset) ? parsed.toISOString() : `${local}${offset}`;
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = Number(text) * (text.length === 10 ? 1000 : 1);
    const parsed = new Date(ms);
    const y = parsed.getUTCFullYear();
    return y >= 1990 && y <= 2100 ? parsed.toISOString() : null;
  }
  return parseTextDate(text);
}

/** A date written in words ("Dec. 27, 2023", "27 December 2023") anywhere in a text, as `YYYY-MM-DD`. */
export function parseTextDate(text: string): string | null {
  const mdy = MDY.exec(text);
  if (mdy) return day(Number(mdy[3]), MONTH_NUMBERS[mdy[1]?.toLowerCase() ?? ''] ?? 0, Number(mdy[2]));
  const dmy = DMY.exec(text);
  if (dmy) return day(Number(dmy[3]), MONTH_NUMBERS[dmy[2]?.toLowerCase() ?? ''] ?? 0, Number(dmy[1]));
  return null;
}

/** A date in a URL path (`/2023/12/27/`, `/2023-12-27-`, `_20231227`), as `YYYY-MM-DD`. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
