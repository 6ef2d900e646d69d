/** Days by which a machine date at midnight UTC must come before the page's visible date to be a template's. */
const TEMPLATE_DAYS = 2;
const MIDNIGHT_UTC = /^\d{4}-\d{2}-\d{2}(?:T00:00:00(?:\.0+)?Z)?$/;
const DAY_MS = 86_400_000;

/**
 * Whether a page's machine-read publication date (JSON-LD or a meta tag) looks like a template's
 * default rather than the article's: exactly midnight UTC, or a day alone, and `TEMPLATE_DAYS` or
 * more days before the date the page shows its readers (a `<time>`), the two compared by their days
 * (a day alone is no instant: "2026-11-20" is the writer's day, not midnight UTC). A real time of
 * day, or a visible date on the same or the next day, keeps the machine date.
 * @example
 * templateDate('2026-11-20T00:00:00.000Z', '2026-12-02') // true
 */
export function templateDate(machine: string, visible: string): boolean {
  if (!MIDNIGHT_UTC.test(machine)) return false;
  const from = Date.parse(machine.slice(0, 10));
  const shown = Date.parse(visible.slice(0, 10));
  return !Number.isNaN(from) && !Number.isNaN(shown) && shown - from >= TEMPLATE_DAYS * DAY_MS;
}
