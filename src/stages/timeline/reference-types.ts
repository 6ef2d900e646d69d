// The shapes reference inference reads and gives: an article's date expressions, its publication date
// and dateline, the day of writing found for it, and the tunables (reference.ts infers them).
import type { DateMention } from '../../text/dates/mentions.ts';
import type { PlannedSentence } from './before.ts';

/** The date an article's relative expressions are resolved against, and whether it was inferred. */
export interface Reference {
  readonly day: number;
  /** True when the article has no publication date and the reference was inferred from stated dates. */
  readonly inferred: boolean;
  /** Where it came from: the publication date, the dateline, or the dates the story states. */
  readonly source: 'published' | 'dateline' | 'stated';
  /** True when it was written before an event it tells as ahead (its bare weekdays may be ahead too). */
  readonly beforeEvent?: boolean;
  /**
   * True when an inferred day of writing is borne out: a date of the article told from its day of
   * writing ("on Friday") falls, from it, on the day another article gives the same event. Without it a
   * stated reference is only a lower bound, and the article's relative dates are not resolved.
   */
  readonly backed?: boolean;
  /**
   * True when an inferred day of writing is before a date the article tells as done (a day without a
   * year read in the decade of a biography's dates): neither borne out nor a bound of what is ahead.
   */
  readonly beforeDone?: boolean;
}

/** A date expression with the content words of its sentence (for matching the same event elsewhere). */
export interface PlacedMention extends DateMention {
  readonly words?: ReadonlySet<string>;
  /** True when no past form tells what happened on it: it does not bound the day of writing. */
  readonly notDone?: boolean;
  /** True when a determiner opens it as a noun's modifier ("the February 2009 show"): no time of a verb. */
  readonly attributive?: boolean;
  /**
   * True when it is in a relative clause ("Voss, who was hired in March 2005, …"): no anchor of the
   * story's years.
   */
  readonly background?: boolean;
  /** True when it is in the article's lede (its first sentences): the news the article reports. */
  readonly lede?: boolean;
  /** True when it is the day a plan was told ("… will close, it said on Wednesday"): no event done on it. */
  readonly planToldOn?: boolean;
}

/** What reference inference needs of one article: its publication date, dateline and date expressions. */
export interface DatedArticle {
  readonly id: string;
  readonly publishedAt: string | null;
  readonly mentions: readonly PlacedMention[];
  /** The date of a dateline opening the article ("NORHAVEN, March 4 (CPS) —"), if any. */
  readonly dateline?: DateMention | null;
  /** Its sentences that tell something as still ahead ("will meet …"), outside quotation marks. */
  readonly plans?: readonly PlannedSentence[];
  /** A past weekday its first sentence reports on ("…, the White House said Thursday."): its day of writing. */
  readonly lede?: DateMention | null;
}

/** Tunables of reference inference. */
export interface ReferenceOptions {
  /** Days past its lower bound an undated article's reference may move. */
  readonly slackDays: number;
  /** Days before the story's latest stated date an article may have been written. */
  readonly storySpreadDays: number;
  /** Same-event test for anchoring a weekday on another article's full date. */
  readonly minOverlap: number;
  readonly minShared: number;
}
