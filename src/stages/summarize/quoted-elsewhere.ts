import type { Fact, Quote } from '../../model/index.ts';
import { overlaps } from './spans.ts';

/**
 * Whether a quotation inside a fact's sentence (direct or partial) is carried by an article of another
 * independent source too, as the story's quotes list it ("carried by 2 articles"): the fact's words are
 * then not one source's only, whatever the rest of its sentence. For the single-source points only.
 * @example
 * quotedElsewhere(quotes, sources)(fact) // true: a12's "This plant met every standard" is a1's quote too
 */
export function quotedElsewhere(
  quotes: readonly Quote[],
  sources: ReadonlyMap<string, string>,
): (fact: Fact) => boolean {
  const direct = quotes.filter((q) => q.kind !== 'indirect' && q.occurrences.length > 1);
  const sourceOf = (id: string) => sources.get(id) ?? id;
  return (fact) => {
    if (!direct.length) return false;
    const own = new Set(fact.evidence.map((e) => sourceOf(e.articleId)));
    return direct.some(
      (q) =>
        q.occurrences.some((o) => fact.evidence.some((e) => overlaps(e, o))) &&
        q.occurrences.some((o) => !own.has(sourceOf(o.articleId))),
    );
  };
}
