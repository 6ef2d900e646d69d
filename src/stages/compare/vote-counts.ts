// One vote's count told otherwise by two outlets, whatever else their sentences say ("The vote was
// 5-2, with two councillors arguing the money should go to road repairs." / "The vote was 4-3,
// according to the town clerk."): the pair judge never meets two sentences that share so little, so
// the story's tallies are read together. A written rule, kept narrow against two votes of one story
// (a budget's, and a change to it two weeks later):
// - a tally counts when it is its clause's own (text/tally.ts ownTalliesIn: not "after an amendment
//   failed by 8 to 3"), the only one of its sentence, told beside a word of voting ("vote", "voted"),
//   in any sentence of a news article (a short one too: "The vote was 5-2.");
// - an article telling two tallies tells two votes, or is unsure: the story gets no such difference;
// - the articles are written within VOTE_DAYS of one another, and the sentences that tell a count
//   name one day of a month at most: otherwise two votes;
// - two values or more, from two sources or more: one difference with a side per value.
import type { Conflict, SegmentedArticle, Sentence } from '../../model/index.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import { evidenceOverlaps } from '../../text/evidence.ts';
import { stem } from '../../text/normalise.ts';
import { ownTalliesIn } from '../../text/own-tallies.ts';
import { sentenceWords } from './sentence-words.ts';

const VOTE = stem('vote');
// At most this many days between the articles that tell one vote's count.
const VOTE_DAYS = 3;

/** A sentence telling a vote's count: its article, its text, its tally. */
interface Told {
  readonly articleId: string;
  readonly sentence: Sentence;
  readonly text: string;
  readonly tally: string;
}

// The days of a month a sentence names ("on March 12"), as "3-12".
const monthDays = (text: string): string[] =>
  findDateMentions(text).flatMap((m) => (m.value.kind === 'day' ? [`${m.value.month}-${m.value.day}`] : []));

/**
 * The story's vote count told with two values or more (see the rule above), as one difference to
 * check, or null. `articles` are the story's news articles, `sourceOf` their independent sources.
 * @example
 * voteCountDifference(articles, sources, publishedDay)?.about // "vote count"
 */
export function voteCountDifference(
  articles: readonly SegmentedArticle[],
  sourceOf: ReadonlyMap<string, string>,
  publishedDay: (articleId: string) => number | null,
): Omit<Conflict, 'id'> | null {
  const told: Told[] = articles.flatMap(({ article, sentences }) =>
    sentences.flatMap((sentence) => {
      // (each token's stem as the claims read it, kept with the sentence: not worked out again)
      const words = sentenceWords(sentence.tokens);
      if (!sentence.tokens.some((_, i) => words.stemAt(i) === VOTE)) return [];
      const own = ownTalliesIn(sentence.tokens);
      const text = article.text.slice(sentence.start, sentence.end);
      return own.length === 1 ? [{ articleId: article.id, sentence, text, tally: own[0] as string }] : [];
    }),
  );
  const byArticle = Map.groupBy(told, (t) => t.articleId);
  if (byArticle.size < 2 || [...byArticle.values()].some((ts) => new Set(ts.map((t) => t.tally)).size > 1))
    return null;
  const days = [...byArticle.keys()].map(publishedDay);
  if (days.some((d) => d === null)) return null;
  if (Math.max(...(days as number[])) - Math.min(...(days as number[])) > VOTE_DAYS) return null;
  if (new Set(told.flatMap((t) => monthDays(t.text))).size > 1) return null;
  const sides = Map.groupBy(told, (t) => t.tally);
  const sources = new Set(told.map((t) => sourceOf.get(t.articleId) ?? t.articleId));
  if (sides.size < 2 || sources.size < 2) return null;
  return {
    kind: 'figure',
    about: 'vote count',
    sides: [...sides.values()].map((ts) => ({
      claim: (ts[0] as Told).text,
      evidence: ts.map((t) => ({
        articleId: t.articleId,
        span: { start: t.sentence.start, end: t.sentence.end },
      })),
    })),
  };
}

/**
 * Whether a vote-count difference judged pair by pair, or a count of votes read in the same sentences
 * ("votes": 212 / 213), is the story's already: each of its sentences a sentence of that one (which
 * lists every value).
 */
export function heldByVoteCount(d: Omit<Conflict, 'id'>, votes: Omit<Conflict, 'id'> | null): boolean {
  if (!votes || (d.about !== votes.about && stem(d.about.split(' ').at(-1) ?? '') !== VOTE)) return false;
  const theirs = votes.sides.flatMap((s) => s.evidence);
  return d.sides.every((s) => s.evidence.every((e) => theirs.some((f) => evidenceOverlaps(e, f))));
}
