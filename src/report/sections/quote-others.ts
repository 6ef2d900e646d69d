import type { Fact, Quote, Report, Story } from '../../model/index.ts';
import { type QuoteWords, quoteWords, wordingOf } from '../../text/quotes/wording.ts';
import { articleIndex, articleLabel } from '../util.ts';

/**
 * By quote id, then article id: the other speaker an article gives a row's words to. The row marks
 * the article as carrying the quote's words (it is none of the quote's occurrences) because a quote of
 * that article in quotation marks carries them (`wordingOf`, as the compare stage marked the cell: the
 * same words for “ ”, another wording for ≈); named when every such quote has another speaker than the
 * row's, since the mark alone would read as the outlet quoting this row's speaker. A ≈ the outlet's own
 * sentence made is given to this row's speaker, and another quote of the article is no evidence.
 */
export function otherSpeakers(
  story: Pick<Story, 'quotes' | 'quoteMatrix'>,
): Map<string, Map<string, string>> {
  const rows = new Map(story.quoteMatrix.map((r) => [r.quoteId, r]));
  const name = (q: Quote) => q.speaker?.name.toLowerCase() ?? null;
  const inQuotes = story.quotes.filter((q) => q.kind !== 'indirect');
  // each quote's words read once: every row weighs them against each quote of every article
  const words = new Map(inQuotes.map((q) => [q, quoteWords(q.text)]));
  const read = (q: Quote) => words.get(q) as QuoteWords;
  const out = new Map<string, Map<string, string>>();
  for (const q of inQuotes) {
    const row = rows.get(q.id);
    const own = new Set(q.occurrences.map((o) => o.articleId));
    if (!row || !name(q)) continue;
    for (const [articleId, how] of Object.entries(row.byArticle)) {
      if (how === 'absent' || own.has(articleId)) continue;
      const carriers = inQuotes.filter((o) => {
        if (o === q || !o.occurrences.some((x) => x.articleId === articleId)) return false;
        const wording = wordingOf(read(q), read(o));
        return how === 'quoted' ? wording === 'quoted' : wording !== null;
      });
      if (carriers.some((o) => name(o) === null || name(o) === name(q))) continue;
      const names = [...new Set(carriers.map((o) => o.speaker?.name ?? ''))];
      if (!names.length) continue;
      const byArticle = out.get(q.id) ?? new Map<string, string>();
      byArticle.set(articleId, names.join(' and '));
      out.set(q.id, byArticle);
    }
  }
  return out;
}

/**
 * Another speaker an article gives a quote's words to: the words as the quote matrix finds them in
 * that article's own quotation (`otherSpeakers`), which the other tables carry so that a misattribution
 * is seen beside the quote, not only under Conflicts.
 */
export interface OtherGiver {
  readonly name: string;
  /** The articles that give the words to `name`, in story order. */
  readonly articleIds: readonly string[];
}

/**
 * By quote id: the other speakers the story's articles give its words to, each with the articles
 * that do (none listed for a quote every article gives to its own speaker).
 * @example
 * otherGivers(story).get('s1-q1') // [{ name: 'Ysolde Marchetti', articleIds: ['a2'] }]
 */
export function otherGivers(
  story: Pick<Story, 'quotes' | 'quoteMatrix' | 'articleIds'>,
): Map<string, OtherGiver[]> {
  const order = new Map(story.articleIds.map((id, k) => [id, k]));
  const out = new Map<string, OtherGiver[]>();
  for (const [quoteId, byArticle] of otherSpeakers(story)) {
    const byName = new Map<string, string[]>();
    for (const [articleId, name] of byArticle) byName.set(name, [...(byName.get(name) ?? []), articleId]);
    out.set(
      quoteId,
      [...byName].map(([name, ids]) => ({
        name,
        articleIds: ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      })),
    );
  }
  return out;
}

/**
 * Other givers in words, each with its outlets: "Ysolde Marchetti (Northbay Times [a2])".
 * @example
 * giversText(report, [{ name: 'Ysolde Marchetti', articleIds: ['a2'] }]) // 'Ysolde Marchetti (Northbay Times [a2])'
 */
export function giversText(report: Report, givers: readonly OtherGiver[]): string {
  const index = articleIndex(report);
  const outlet = (id: string) => `${articleLabel(index.get(id))} [${id}]`;
  return givers.map((g) => `${g.name} (${g.articleIds.map(outlet).join(', ')})`).join('; ');
}

/**
 * By fact id, then article id: the other speaker an article gives a fact's quoted words to, for each
 * fact whose sentences tell a quote (one of its evidence spans overlaps an occurrence of the quote),
 * so that the fact's row does not read "—" as if the article had not carried the words.
 */
export function factGivers(story: Story): Map<string, Map<string, string>> {
  // (a story built by hand, as some callers' are, may hold no quotes at all)
  if (!story.quotes?.length || !story.quoteMatrix?.length) return new Map();
  const givers = otherGivers(story);
  const quotes = story.quotes.filter((q) => givers.has(q.id));
  const out = new Map<string, Map<string, string>>();
  if (!quotes.length) return out;
  const tells = (f: Fact, q: Quote) =>
    f.evidence.some((e) =>
      q.occurrences.some(
        (o) => o.articleId === e.articleId && o.span.start < e.span.end && e.span.start < o.span.end,
      ),
    );
  for (const f of story.facts) {
    const byArticle = new Map<string, string>();
    for (const q of quotes.filter((q) => tells(f, q)))
      for (const g of givers.get(q.id) ?? [])
        for (const id of g.articleIds)
          byArticle.set(id, byArticle.has(id) ? `${byArticle.get(id)} and ${g.name}` : g.name);
    if (byArticle.size) out.set(f.id, byArticle);
  }
  return out;
}

/** Said under a coverage table with a "to X" cell. */
export const FACT_GIVER_LEGEND = 'to X: the article gives the fact’s quoted words to another speaker, X';

/**
 * For one outlet's articles, by speaker (its name): how many of its quotes there other outlets give to
 * another speaker, and to whom, in words ("1 of them given to Corin Halloway by The Valden Herald,
 * Sentinel Ledger"), for the list of whom each outlet quotes. The story's givers are read once.
 */
export function speakerGivers(
  story: Pick<Story, 'quotes' | 'quoteMatrix' | 'articleIds'>,
  report: Report,
): (articleIds: readonly string[]) => Map<string, string> {
  // (read when an outlet's list is first written: a story with no quote matrix writes none)
  let read: { givers: Map<string, OtherGiver[]>; quotes: Quote[] } | undefined;
  const index = articleIndex(report);
  return (articleIds) => {
    if (!read) {
      const all = story.quotes?.length && story.quoteMatrix?.length ? otherGivers(story) : new Map();
      read = { givers: all, quotes: story.quotes.filter((q) => q.speaker && all.has(q.id)) };
    }
    const { givers, quotes } = read;
    const own = new Set(articleIds);
    const out = new Map<string, { n: number; names: Set<string>; outlets: Set<string> }>();
    for (const q of quotes) {
      const name = q.speaker?.name as string;
      const others = (givers.get(q.id) ?? []).filter((g) => g.articleIds.some((id) => !own.has(id)));
      const carried = new Set(q.occurrences.map((o) => o.articleId).filter((id) => own.has(id))).size;
      if (!others.length || !carried) continue;
      const entry = out.get(name) ?? { n: 0, names: new Set(), outlets: new Set() };
      entry.n += carried;
      for (const g of others) {
        entry.names.add(g.name);
        for (const id of g.articleIds) if (!own.has(id)) entry.outlets.add(articleLabel(index.get(id)));
      }
      out.set(name, entry);
    }
    return new Map(
      [...out].map(([name, e]) => [
        name,
        `${e.n} of them given to ${[...e.names].join(' and ')} by ${[...e.outlets].join(', ')}`,
      ]),
    );
  };
}
