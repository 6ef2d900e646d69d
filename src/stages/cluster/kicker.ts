import type { SegmentedArticle, Token } from '../../model/index.ts';
import { isCalendarWord } from '../../text/calendar.ts';
import { titleTokens } from '../../text/headline.ts';
import { fold } from '../../text/normalise.ts';
import { LABEL_WORDS } from './data/label-words.ts';

/** The most words a headline's label before its colon may have ("Today's morning briefing:"). */
const MAX_LABEL_TOKENS = 5;

/**
 * How many of a headline's first tokens are a label of the item's kind and its colon ("Today's
 * briefing: Harlow dam" → 4, "Fact check: …", "Live updates: …"): every word before the colon a word
 * of `LABEL_WORDS`, a weekday or a month, and words of its own after it; else 0. Such a label is one
 * outlet's for every item of a series, so it says nothing of which event the item tells: one outlet's
 * daily briefings on a dam, a strike and a flood share it and nothing else. A kicker naming its topic
 * ("June jobs report: …", "Varga: …") is no label.
 */
export function labelLength(tokens: readonly Pick<Token, 'text'>[]): number {
  const colon = kickerColon(tokens);
  if (colon < 0) return 0;
  for (let i = 0; i < colon; i++) {
    const word = (tokens[i] as Pick<Token, 'text'>).text.toLowerCase();
    if (!LABEL_WORDS.has(word) && !isCalendarWord(word.replace(/\.$/, ''))) return 0;
  }
  return colon + 1;
}

// Where a headline's kicker ends: its first colon, after at most `MAX_LABEL_TOKENS` tokens and with
// words after it; else -1.
function kickerColon(tokens: readonly Pick<Token, 'text'>[]): number {
  const colon = tokens.findIndex((t) => t.text === ':');
  return colon < 1 || colon > MAX_LABEL_TOKENS || colon >= tokens.length - 1 ? -1 : colon;
}

/** A headline's kicker (`kickerColon`), folded, and the words after it, folded. */
export interface Kicker {
  readonly kicker: string;
  readonly rest: string;
}

/** The kicker of a headline (`kickerColon`), folded, with what follows it; null when it has none. */
export function kickerOf(tokens: readonly Pick<Token, 'text'>[]): Kicker | null {
  const colon = kickerColon(tokens);
  if (colon < 0) return null;
  const words = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((t) => fold(t.text))
      .join(' ');
  return { kicker: words(0, colon), rest: words(colon + 1, tokens.length) };
}

/**
 * The series labels of a run, as `seriesKey` writes them: a headline's kicker that two or more
 * articles of one outlet carry before other headlines ("Harbour diary: Ferry fares rise", "Harbour
 * diary: Quay wall repaired"). Such a kicker is the outlet's name for a series of items, as "Today's
 * briefing:" is (`labelLength`), whatever words it is made of; another outlet's same words, or one
 * article's kicker ("June jobs report: …"), still tell its event.
 */
export function seriesKickers(
  docs: readonly SegmentedArticle[],
  outletOf: (doc: SegmentedArticle) => string | null,
): ReadonlySet<string> {
  return seriesOf(
    docs.map((doc) => {
      const outlet = outletOf(doc);
      const kicker = outlet ? kickerOf(titleTokens(doc) ?? []) : null;
      return kicker ? { outlet, ...kicker } : null;
    }),
  );
}

/**
 * The series labels (`seriesKickers`) of headlines' kickers read earlier, each with its outlet (null:
 * no kicker or no known outlet): the store reads them from the headlines of its window.
 */
export function seriesOf(
  kickers: Iterable<(Kicker & { readonly outlet: string | null }) | null>,
): ReadonlySet<string> {
  const rests = new Map<string, Set<string>>();
  for (const item of kickers) {
    if (!item?.outlet) continue;
    const key = seriesKey(item.outlet, item.kicker);
    const seen = rests.get(key) ?? new Set<string>();
    seen.add(item.rest);
    rests.set(key, seen);
  }
  return new Set([...rests].filter(([, seen]) => seen.size > 1).map(([key]) => key));
}

/** The key of an outlet's kicker in a set of series labels. */
export const seriesKey = (outlet: string, kicker: string) => `${outlet}\u0000${kicker}`;

/**
 * How many of a headline's first tokens are a series label of its outlet (`seriesKickers`) and its
 * colon, else 0.
 */
export function seriesLength(
  tokens: readonly Pick<Token, 'text'>[],
  outlet: string | null,
  series: ReadonlySet<string>,
): number {
  const kicker = outlet && series.size ? kickerOf(tokens) : null;
  return kicker && series.has(seriesKey(outlet as string, kicker.kicker)) ? kickerColon(tokens) + 1 : 0;
}
