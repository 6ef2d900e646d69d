import type { Token } from '../../model/index.ts';
import { isCalendarWord } from '../../text/calendar.ts';
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
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > MAX_LABEL_TOKENS || colon >= tokens.length - 1) return 0;
  for (let i = 0; i < colon; i++) {
    const word = (tokens[i] as Pick<Token, 'text'>).text.toLowerCase();
    if (!LABEL_WORDS.has(word) && !isCalendarWord(word.replace(/\.$/, ''))) return 0;
  }
  return colon + 1;
}
