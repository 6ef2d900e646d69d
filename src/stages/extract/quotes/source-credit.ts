import { foldName } from '../../../text/normalise.ts';
import {
  KNOWN_NEWS_AGENCIES,
  NEWS_AGENCY_HEADS,
  NEWS_AGENCY_QUALIFIERS,
  NEWS_WIRE_WORDS,
} from '../data/news-agencies.ts';
import type { FoundQuote } from './find.ts';

// "About 300 people rallied on Wednesday, the Kestle Wire reported.": a copy that credits the wire or
// another outlet for its report names where the text came from, not a source who said it.

const LEADING_THE = /^the\s+/;

/** Whether `name` names a news outlet: one of the story's outlets (`outlets`, folded), a wire or a news agency. */
export function namesNewsOutlet(name: string, outlets: ReadonlySet<string>): boolean {
  const folded = foldName(name).toLowerCase().replace(LEADING_THE, '');
  if (outlets.has(folded) || KNOWN_NEWS_AGENCIES.has(folded)) return true;
  const words = folded.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length >= 2 && NEWS_WIRE_WORDS.has(last)) return true;
  return NEWS_AGENCY_HEADS.has(last) && NEWS_AGENCY_QUALIFIERS.has(words.at(-2) ?? '');
}

/** The story's outlets, folded lower-case without a leading "the", for `namesNewsOutlet`. */
export function foldedOutlets(outlets: readonly (string | null | undefined)[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const o of outlets) if (o) out.add(foldName(o).toLowerCase().replace(LEADING_THE, ''));
  return out;
}

/**
 * Whether a found quote of the article `text` is reported speech credited to a news outlet, by the phrase
 * that names its speaker, whole (a source credit, no one's speech; "a Reuters survey" is a document).
 */
export function isSourceCredit(quote: FoundQuote, text: string, outlets: ReadonlySet<string>): boolean {
  const who = quote.speaker;
  if (quote.kind !== 'indirect' || who === null) return false;
  const phrase = text.slice(who.evidence.span.start, who.evidence.span.end);
  return namesNewsOutlet(phrase, outlets);
}
