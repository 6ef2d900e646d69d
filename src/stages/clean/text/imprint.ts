// A header line that sets the outlet, the date and the author side by side ("The Tarrow Courier ·
// Friday, November 6, 2026 · By Ann Example"), read part by part: left whole, it was kept as the
// body's first paragraph, and the article went undated and unnamed (newuser21 #11).
import { mastheadName, theName } from '../outlet.ts';
import { parseByline } from './byline.ts';
import { isDateline } from './dates.ts';
import { BY_PREFIX } from './patterns.ts';

/** What an imprint line gives: the outlet's name, the author's, and whether a part dates it. */
export interface Imprint {
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly dated: boolean;
}

/** The separators between an imprint's parts: a middle dot, a bullet or a bar, spaced. */
const PARTS = /\s+[·•|]\s+/u;
/** An imprint is a short line: a masthead, a date and a byline. */
const IMPRINT_MAX_CHARS = 160;

/**
 * An imprint line's parts, each a masthead, a date line or a "By" byline, at least two of them with a
 * date or with both a masthead and a byline; null for any other line (a part that is none of these).
 * @example
 * imprintOf('The Tarrow Courier · Friday, November 6, 2026 · By Ann Example')
 * // { outlet: 'The Tarrow Courier', byline: 'Ann Example', dated: true }
 */
export function imprintOf(text: string): Imprint | null {
  if (text.length > IMPRINT_MAX_CHARS || !PARTS.test(text)) return null;
  const parts = text
    .split(PARTS)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  let outlet: string | null = null;
  let byline: string | null = null;
  let dated = false;
  for (const part of parts) {
    if (!dated && isDateline(part)) dated = true;
    else if (byline === null && BY_PREFIX.test(part) && parseByline(part)) byline = parseByline(part);
    else if (outlet === null && (mastheadName(part) ?? theName(part)))
      outlet = mastheadName(part) ?? theName(part);
    else return null;
  }
  return dated || (outlet !== null && byline !== null) ? { outlet, byline, dated } : null;
}
