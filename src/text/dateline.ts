// The wire dateline that opens an article's text: where and when it was filed and the agency it came
// from ("WASHINGTON (AP) —", "SEOUL, South Korea —", "LONDON, March 4 (Reuters) -", "(CNN)", "MUMBAI:"). It is
// no part of what the article tells: its place is no participant, its agency no organisation of the story.
import type { SegmentedArticle, Token } from '../model/index.ts';
import { TITLE_CASE_AGENCIES } from './data/agencies.ts';
import { COLON_LABELS } from './data/colon-labels.ts';
import { TITLE_LABELS } from './data/title-labels.ts';
import { MONTH_ANY, WEEKDAY_ANY } from './dates/patterns.ts';

/** A part of a dateline: where it is in the text and how it is written. */
export interface DatelinePart {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A dateline read at the start of a text: [start, end) holds it with its dash and the spaces after it. */
export interface Dateline {
  readonly start: number;
  /** Where the text proper begins. */
  readonly end: number;
  /** The place in capitals with its region ("SEOUL, South Korea"), or null for an agency alone. */
  readonly place: DatelinePart | null;
  /** The filing date ("March 4", "Dec. 27, 2023", "4 March", "Wednesday, Nov. 4, 2026"), if any. */
  readonly date: DatelinePart | null;
  /** The agency in parentheses ("AP", "Reuters", "CNN"), if any. */
  readonly agency: DatelinePart | null;
}

// a place in capitals ("WASHINGTON", "NEW YORK", "ST. LOUIS"), its region in any case ("South Korea",
// "Fla."; never a weekday, which opens the date), a date with or without its weekday and year, an
// agency in parentheses, then a dash (a hyphen only with spaces around it: "U.S.-China talks" is no
// dateline) and the sentence's capital ("NASA — which …" is none)
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*)*`;
const REGION = String.raw`(?!(?:${WEEKDAY_ANY})[,\s])\p{Lu}[\p{L}.'’]*(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,2}`;
const DATE = String.raw`(?:(?:${WEEKDAY_ANY}),?[ \t]+)?(?:(?:${MONTH_ANY})\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH_ANY})\.?)(?:,?\s+\d{4})?`;
const AGENCY = String.raw`\((?<agency>\p{Lu}[\p{L}.&' ]{0,29})\)`;
const DASH = String.raw`(?:[ \t]*(?:[—–―]|--)|[ \t]+-(?=[ \t]))[ \t]*`;
const PLACED = new RegExp(
  String.raw`(?<place>${PLACE}(?:,[ \t]*${REGION})?)(?:,[ \t]*(?<date>${DATE}))?[ \t]*(?:${AGENCY})?${DASH}(?=[\p{Lu}\p{N}"“‘'(])`,
  'uyd',
);
// the colon form of South Asian and Gulf papers: "MUMBAI: Shares of …", "NEW DELHI, Dec 3: The …"
const COLONED = new RegExp(
  String.raw`(?<place>${PLACE}(?:,[ \t]*${REGION})?)(?:,[ \t]*(?<date>${DATE}))?(?:[ \t]*${AGENCY})?:[ \t]+(?=[\p{Lu}\p{N}"“‘'])`,
  'uyd',
);
// a label in capitals before a colon ("UPDATE:", "EDITOR'S NOTE:", "FACT CHECK:") is no place
const LABELS: ReadonlySet<string> = new Set([...TITLE_LABELS, ...COLON_LABELS]);
// a transcript's speakers ("MARTIN: Good morning." … "KELL: Thanks."): a name in capitals before a
// colon opening another paragraph too, where a dateline opens only the first
const SPEAKER_TURN = /\n[ \t]*\p{Lu}[\p{Lu}.'’ -]+:[ \t]/u;
const colonPlace = (text: string, from: number, m: RegExpExecArray): boolean =>
  !LABELS.has((m.groups?.place ?? '').toLowerCase().replace(/’/g, "'")) &&
  !SPEAKER_TURN.test(text.slice(from + m[0].length));
// an agency alone opening the text: "(CNN)The US announced …", "(Reuters) - The …", "(AP) The …"
const AGENCY_ONLY = new RegExp(String.raw`${AGENCY}(?:${DASH}|(?<bare>[ \t]*))(?=[\p{Lu}"“‘'])`, 'uyd');
// before a bare space only an agency's name: in capitals, or one of the agencies written in Title case
// ("(Updated) The …" is a label)
const CAPITALS = /^[\p{Lu}&.]+$/u;
const agencyName = (name: string): boolean => CAPITALS.test(name) || TITLE_CASE_AGENCIES[name] === true;

const part = (text: string, at: [number, number] | undefined): DatelinePart | null =>
  at ? { start: at[0], end: at[1], text: text.slice(at[0], at[1]) } : null;

/**
 * The dateline opening `text` at `from` (the start of its first paragraph), or null.
 * @example
 * readDateline('HARBOURTON, May 2 (AP) — The ferry ran aground.')
 * // { start: 0, end: 25, place: { text: 'HARBOURTON' }, date: { text: 'May 2' }, agency: { text: 'AP' } }
 */
export function readDateline(text: string, from = 0): Dateline | null {
  for (const pattern of [PLACED, COLONED, AGENCY_ONLY]) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    const at = m?.indices?.groups;
    if (!m || !at) continue;
    if (m.groups?.bare && !agencyName(m.groups.agency ?? '')) continue;
    if (pattern === COLONED && !colonPlace(text, from, m)) continue;
    return {
      start: from,
      end: from + m[0].length,
      place: part(text, at.place),
      date: part(text, at.date),
      agency: part(text, at.agency),
    };
  }
  return null;
}

/** The dateline opening an article's first paragraph of text, or null. */
export function articleDateline(doc: Pick<SegmentedArticle, 'article'>): Dateline | null {
  const first = doc.article.paragraphs.find((p) => p.kind === 'text');
  return first ? readDateline(doc.article.text, first.span.start) : null;
}

/** `tokens` without those of `dateline` (all of them when there is none). */
export const pastDatelineTokens = <T extends Pick<Token, 'start' | 'end'>>(
  tokens: readonly T[],
  dateline: Dateline | null,
): readonly T[] =>
  dateline &&
  (tokens[0]?.start ?? Number.POSITIVE_INFINITY) < dateline.end &&
  (tokens[tokens.length - 1]?.end ?? 0) > dateline.start
    ? tokens.filter((t) => t.start >= dateline.end || t.end <= dateline.start)
    : tokens;
