// A live page's sign-offs: what it tells its readers of its own coverage ("That is all from our live
// coverage for today.", "We will be back on Saturday morning."), no event of the story. Read with the
// editors' notes (noteSentences): compare makes no fact of them, the timeline dates nothing by them.
import type { SegmentedArticle } from '../model/index.ts';
import { SIGN_OFF } from './data/sign-offs.ts';
import { quotedRegionsOf } from './dates/quoted-day.ts';

const QUOTE_MARK = /["“”«»]/;

/** Whether a sentence, outside quotation marks, is the page telling of its own coverage (data/sign-offs.ts). */
export function isSignOff(text: string): boolean {
  const bare = text.trim();
  return !QUOTE_MARK.test(bare) && SIGN_OFF.some((pattern) => pattern.test(bare));
}

/**
 * The indexes of an article's sign-off sentences (see `isSignOff`), none inside a quotation: the middle
 * sentence of '“We lost. We will be back next season. We always are,” the captain said.' bears no mark.
 */
export function signOffSentences(doc: SegmentedArticle): number[] {
  const { article } = doc;
  const quoted = (at: number) => quotedRegionsOf(doc).some((r) => r.start <= at && at < r.end);
  return doc.sentences.flatMap((s, i) =>
    isSignOff(article.text.slice(s.start, s.end)) && !quoted(s.start) ? [i] : [],
  );
}
