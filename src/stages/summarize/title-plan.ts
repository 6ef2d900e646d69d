// Whether a headline tells its event as still ahead: "Council to vote on budget tonight", "Council will
// vote on budget", "Bridge set to reopen". A story's label (cluster/labels.ts) and its summary's
// headline (headline.ts) pass over such a title for one of a report written since that tells what
// happened ("Council passes budget"): the plan is the story's earlier state, which the event overtook.
import type { SegmentedArticle, Token } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { headlineTokens, readTitle } from '../../text/headline.ts';
import { modalityOf } from '../compare/support/modality.ts';
import { DECIDED_BEFORE_TO } from './data/decided-verbs.ts';

/**
 * Whether a headline's tokens tell its event as planned or expected: a future or a plan word before
 * its verb ("will vote", "set to vote": the support judge's modality), or the headline's infinitive of
 * the future, "to" and the verb right after its subject ("Council to vote", "Mayor to resign"), not
 * after a decision's verb ("Council votes to close library": `DECIDED_BEFORE_TO`).
 * @example
 * tellsAhead(readTitle('Council to vote on budget tonight', …)) // true
 * tellsAhead(readTitle('Council passes budget', …)) // false
 */
export function tellsAhead(tokens: readonly Token[]): boolean {
  if (modalityOf(tokens).modality === 'planned') return true;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const [subject, to] = [tokens[verb - 2], tokens[verb - 1]];
  return (
    verb >= 2 &&
    to?.norm === 'to' &&
    (subject?.pos === 'NOUN' || subject?.pos === 'PROPN') &&
    !DECIDED_BEFORE_TO.has(subject.norm)
  );
}

// a word of four letters or more written in lower case: a title with none is in Title Case
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}/u;

/**
 * `tellsAhead` of a title as written; a Title Case one ("Council To Vote On Budget Tonight") is read
 * with its words after the first in lower case, so the tagger reads it as prose.
 */
export function titleTellsAhead(title: string): boolean {
  const text = LOWER_WORD.test(title)
    ? title
    : title.replace(
        /(\s)(\p{Lu})(\p{Ll})/gu,
        (_, space: string, a: string, b: string) => `${space}${a.toLowerCase()}${b}`,
      );
  return tellsAhead(readTitle(text, title));
}

/**
 * Of titles, the articles (by id) whose title tells the event as still ahead where another title, of
 * an article published no earlier (both dated), tells no plan: "Council to vote on budget tonight"
 * beside "Council passes budget" of the next morning. A plan told after what happened ("Council
 * passes budget" on Monday, "Mayor to sign budget" on Tuesday) is the story's latest state, and kept.
 */
export function overtakenTitles(titles: readonly { doc: SegmentedArticle }[]): Set<string> {
  const read = titles.map(({ doc }) => {
    const tokens = headlineTokens(doc);
    return {
      id: doc.article.id,
      at: publishedInstant(doc.article.publishedAt),
      ahead: tokens !== null && tokens.length > 0 && tellsAhead(tokens),
    };
  });
  const out = new Set<string>();
  for (const t of read) if (t.ahead && read.some((u) => !u.ahead && u.at >= t.at)) out.add(t.id);
  return out;
}
