// How sure a count is ("42 suspected cases" / "61 confirmed cases"): one reading for the quantity
// reader (what a count counts, past its status word) and the contradiction checks (two statuses, two
// measures).
import type { Token } from '../model/index.ts';
import { COUNT_STATUS_WORDS } from './data/count-status.ts';

const STATUS = new Map(
  Object.entries(COUNT_STATUS_WORDS).flatMap(([status, words]) => words.map((w) => [w, status] as const)),
);

/** The status a word tells of a count ("suspected", "probable" → suspected), or null. */
export const countStatusWord = (t: Token | undefined): string | null =>
  t ? (STATUS.get(t.norm) ?? null) : null;

/**
 * The status of the count whose number ends before token `at`, or null: a status word right after the
 * number, before a noun ("42 suspected cases"), or said of what it counts ("61 cases have been
 * confirmed", "12 cases are suspected").
 */
export function countStatusAt(tokens: readonly Token[], at: number): string | null {
  let i = at;
  for (; i < Math.min(tokens.length, at + 3); i++) {
    const t = tokens[i] as Token;
    const status = countStatusWord(t);
    if (status !== null) return /^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '') ? status : null;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') break;
  }
  if (tokens[i]?.pos !== 'NOUN') return null;
  while (tokens[i]?.pos === 'NOUN') i++;
  while (/^(AUX|ADV|PART)$/.test(tokens[i]?.pos ?? '')) i++;
  return countStatusWord(tokens[i]);
}

/**
 * Whether two counts tell two statuses ("42 suspected cases" / "61 confirmed cases"): two measures,
 * never two values of one. A count whose status is not told may be of either.
 */
export function otherStatus(
  f: { readonly span: { readonly end: number } },
  a: readonly Token[],
  x: { readonly span: { readonly end: number } },
  b: readonly Token[],
): boolean {
  const statusOf = (g: typeof f, tokens: readonly Token[]) => {
    const at = tokens.findIndex((t) => t.start >= g.span.end);
    return at < 0 ? null : countStatusAt(tokens, at);
  };
  const s = statusOf(f, a);
  const t = s === null ? null : statusOf(x, b);
  return t !== null && t !== s;
}
