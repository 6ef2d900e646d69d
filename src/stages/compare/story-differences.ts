// A story's differences to check: clashes of a kind not proven precise, and outcomes told otherwise
// ("failed to announce new measures" against "a very productive meeting": both can hold), the
// sentences side by side, never ✗; with the values of one measure told over time as its updates.
import type { Conflict, Evidence, Figure, Quote, SegmentedArticle } from '../../model/index.ts';
import { causeDisputes, type SpeakerAt } from './cause-disputes.ts';
import type { Claim } from './claims.ts';
import { countedUpdates } from './counted-updates.ts';
import { crowdCounts } from './crowd-counts.ts';
import { withEveryTelling } from './difference-tellings.ts';
import { withTimes } from './difference-times.ts';
import { markUpdate } from './difference-updates.ts';
import { leadCounts } from './lead-counts.ts';
import { measureUpdates } from './measure-updates.ts';
import type { OutcomeConflict } from './outcome.ts';
import { type QuoteWordings, quoteWordingDifferences } from './quote-wordings.ts';
import { withoutRepeats } from './repeated-differences.ts';
import { noteRounding } from './rounded-values.ts';
import { joinSameChanges } from './same-change.ts';
import { heldByShares, shareDifferences } from './share-differences.ts';
import { sourcedCounts } from './sourced-counts.ts';
import { factConflicts, toldBy } from './support/conflicts.ts';
import type { CheckedFact } from './support/facts.ts';
import type { Reading } from './support/reading.ts';
import { heldByVoteCount, voteCountDifference } from './vote-counts.ts';

/** What the differences of a story are read from (compare's index.ts has each). */
export interface DifferenceInputs {
  readonly storyId: string;
  readonly claims: readonly Claim[];
  readonly readingOf: (i: number) => Reading;
  /** The story's news articles (no opinion piece) and each one's independent source. */
  readonly news: readonly SegmentedArticle[];
  readonly sources: ReadonlyMap<string, string>;
  readonly publishedDay: (articleId: string) => number | null;
  /** The checked facts, marked; the conflicts found (a difference they tell is not listed again). */
  readonly marked: readonly CheckedFact[];
  readonly found: readonly Omit<Conflict, 'id'>[];
  readonly outcome: OutcomeConflict | null;
  readonly quotes: readonly Quote[];
  readonly wordings: QuoteWordings;
  readonly figures: readonly Figure[];
  /** Who speaks in a passage of an article (a quote's or reported speech's speaker), for a disputed cause's sides. */
  readonly speakerAt: SpeakerAt;
}

/** The story's differences to check, each with its id (`<story>-d<n>`). */
export function storyDifferences(input: DifferenceInputs): Conflict[] {
  const { claims, readingOf, news, marked, found, outcome } = input;
  // (shares of one named whole, whatever verb each outlet tells them by: share-differences.ts)
  const shares = shareDifferences(claims);
  // (and one vote's count told otherwise, in sentences that share little else: vote-counts.ts)
  const voteCount = voteCountDifference(news, input.sources, input.publishedDay);
  const votes = voteCount && !toldBy(voteCount, found) ? voteCount : null;
  const claimAt = (e: Evidence) =>
    claims.find(
      (c) => c.articleId === e.articleId && c.span.start === e.span.start && c.span.end === e.span.end,
    );
  // (one change found under two names is one difference: same-change.ts)
  const listed = withoutRepeats([
    ...shares,
    ...(votes ? [votes] : []),
    ...factConflicts(marked, (f) => f.differing, true).filter(
      (c) => !toldBy(c, found) && !heldByShares(c, shares) && !heldByVoteCount(c, votes),
    ),
    ...(outcome ? [outcome.conflict] : []),
    // (one event's cause named otherwise, or denied, by another voice: cause-disputes.ts)
    ...causeDisputes(news, input.sources, input.speakerAt),
    // (one speaker quoted in wordings that say different things: quote-wordings.ts)
    ...quoteWordingDifferences(input.quotes, input.wordings),
  ]);
  // (a count of one measure given anew across outlets' articles, paired by no judge: measure-updates.ts)
  // (one source's count told with two values, another source's count apart: sourced-counts.ts)
  // (and of a counted noun no measure word tells, "claims", tied by a predicate or noun: counted-updates.ts)
  const measured = measureUpdates(claims, readingOf, news, listed);
  const updates = [...measured, ...countedUpdates(claims, readingOf, news, [...listed, ...measured])];
  const sourced = sourcedCounts(claims, readingOf, input.figures, [...listed, ...updates]);
  // (a count the leads of two sources' articles give other values of, told at about the same time: lead-counts.ts)
  const leading = leadCounts(claims, readingOf, news, [...listed, ...updates, ...sourced]);
  // (a crowd an outlet counts in its own voice, told otherwise by another: crowd-counts.ts)
  const crowd = crowdCounts(claims, readingOf, news, input.figures, [
    ...listed,
    ...updates,
    ...sourced,
    ...leading,
  ]);
  // (the vote's count found again as a count of "votes" in its sentences is that difference, listed once)
  const later = [...updates, ...sourced, ...leading, ...crowd].filter((c) => !heldByVoteCount(c, votes));
  return (
    joinSameChanges([...listed, ...later])
      // (every other sentence giving a value of the measure on its side: difference-tellings.ts)
      .map((c) => withEveryTelling(c, claims, readingOf, claimAt))
      // (a value that may be the other rounded is said so: rounded-values.ts)
      .map((c) => noteRounding(c, claimAt))
      // (each value's articles with their times, an outlet's later value marked as its update: difference-times.ts)
      .map((c) => withTimes(c, news))
      // (values that follow each other in time, a newer one told as a change, are an update: difference-updates.ts)
      .map((c) => markUpdate(c, news))
      .map((c, i) => ({ id: `${input.storyId}-d${i + 1}`, ...c }))
  );
}
