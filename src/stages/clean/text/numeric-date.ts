// A header line's numeric date ("Rajesh Menon | 03/12/2026, 18:30 IST"): its day and month order is
// read only when certain. A part over 12 is the day; else the text must tell it writes the day first
// (a time zone or a web address of India, the UK, Ireland, Australia or New Zealand; not a dateline city,
// which tells where the reporter is, not how the outlet writes dates: "LONDON (AP) —" in a US paper).
// Left unread, the article stays undated and one issue says why.
import type { ArticleParts, RawArticle, RunContext } from '../../../model/index.ts';
import { DAY_FIRST_HOSTS, DAY_FIRST_ZONES } from '../data/day-first.ts';
import type { Verdict } from './classify.ts';

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\2\s?(\d{4})(?![\d/.-])/;
const ZONE = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?([A-Z]{3,4})\b/g;

/** The signal a text gives that it writes the day first, named, or null. */
export function dayFirstSignal(content: string, url?: string): string | null {
  const head = content.slice(0, 3000);
  for (const m of head.matchAll(ZONE))
    if (DAY_FIRST_ZONES.has((m[1] ?? '').toLowerCase())) return `time zone ${m[1]}`;
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  const ending = host && DAY_FIRST_HOSTS.find((e) => host.endsWith(e));
  return ending ? `address ${host}` : null;
}

/**
 * Parts dated by a header line's numeric date when nothing else dates them and its order is certain;
 * an issue when a header gives one whose order is not.
 * @example
 * // "Rajesh Menon | 03/12/2026, 18:30 IST" above the body: publishedAt 2026-12-03
 */
export function withNumericDate(
  parts: ArticleParts,
  verdicts: readonly Verdict[],
  raw: RawArticle,
  ctx: RunContext,
): ArticleParts {
  if (parts.meta.publishedAt || parts.meta.modifiedAt || raw.given.publishedAt?.trim()) return parts;
  const bodyAt = verdicts.findIndex((v) => v.kind === 'body');
  const header = bodyAt < 0 ? verdicts : verdicts.slice(0, bodyAt);
  const line = header.find(
    (v) => (v.kind === 'byline' || v.kind === 'dateline') && NUMERIC_DATE.test(v.line.text),
  );
  const m = line && NUMERIC_DATE.exec(line.line.text);
  if (!m) return parts;
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const signal = a === b || a > 12 || b > 12 ? null : dayFirstSignal(raw.content, raw.given.url);
  const why =
    a === b
      ? 'day and month alike'
      : a > 12
        ? 'day first (its first part over 12)'
        : b > 12
          ? 'month first (its second part over 12)'
          : signal && `day first (${signal})`;
  if (!why) {
    ctx.issues.push({
      code: 'clean/ambiguous-date',
      severity: 'info',
      articleId: raw.id,
      source: raw.source,
      message: `its date "${m[0]}" could be day first or month first, and nothing in it tells which: left undated (give its publishedAt, e.g. in a manifest)`,
    });
    return parts;
  }
  const [day, month] = b > 12 ? [b, a] : [a, b];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month > 12 || date.getUTCDate() !== day || year < 1900 || year > 2200) return parts;
  const iso = date.toISOString().slice(0, 10);
  const source = `text:${line.kind}, ${why}`;
  return {
    ...parts,
    meta: { ...parts.meta, publishedAt: iso },
    metadataSources: { ...parts.metadataSources, publishedAt: source },
  };
}
