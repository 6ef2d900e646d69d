/** Reading dates from metadata values, URLs and datelines into ISO strings. */

import { alternation, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBERS } from '../../../text/calendar.ts';

const ISO =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const MONTH_NAME = `(${alternation([...MONTH_NAMES, ...MONTH_ABBREVIATIONS])})`;
const MDY = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i');
// a feed's date as RFC 822 writes it (RSS pubDate, HTTP): "Sat, 05 Dec 2026 19:56:03 +0000", "… GMT", "… EST"
const RFC_822 = new RegExp(
  `^(?:[a-z]{3},?\\s*)?(\\d{1,2})\\s+${MONTH_NAME}\\.?\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4}|[a-z]{1,3})?\\s*$`,
  'i',
);
// the zones RFC 822 names (military letters aside): their offsets from UTC
const RFC_822_ZONES: Readonly<Record<string, string>> = {
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};
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
 * (`…T08:30:00.000Z`), a bare date stays `YYYY-MM-DD`; a feed's RFC 822 date ("Sat, 05 Dec 2026 19:56:03 +0000"), English month names
 * and epoch numbers are read; otherwise null.
 */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, fraction, zone] = iso;
    const date = day(Number(y), Number(m), Number(d));
    if (!date) return null;
    if (hh === undefined) return date;
    const offset = zone ? (zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : 'Z';
    const local = `${date}T${hh}:${mm}:${ss ?? '00'}`;
    // (a UTC time keeps its milliseconds: a feed's update time is weighed against the last fetch's)
    const parsed = new Date(`${local}${fraction?.slice(0, 4) ?? ''}${offset}`);
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
  const rfc = RFC_822.exec(text);
  if (rfc) {
    const [, d, month, y, hh, mm, ss, zone] = rfc;
    const date = day(Number(y), MONTH_NUMBERS[month?.toLowerCase() ?? ''] ?? 0, Number(d));
    // a zone it does not name leaves the time unknown: the day alone
    const offset = !zone
      ? 'Z'
      : /^[+-]/.test(zone)
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : RFC_822_ZONES[zone.toLowerCase()];
    if (!date || !offset || Number(hh) > 23) return date;
    return parseDate(`${date}T${hh?.padStart(2, '0')}:${mm}:${ss ?? '00'}${offset}`);
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
