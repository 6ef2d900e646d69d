import type { SegmentedArticle, Stage, StoryExtraction, StoryInput } from '../../model/index.ts';
import { annotate } from '../../text/annotated.ts';
import { editorsNotes } from '../../text/editors-notes.ts';
import { findDateEntities } from './entities/dates.ts';
import { resolveEntities } from './entities/resolve.ts';
import { type FoundFigure, findFigures } from './figures/find.ts';
import { mergeFigures } from './figures/merge.ts';
import { findIndirect } from './indirect/find.ts';
import { storyLowerWords } from './names/common-word.ts';
import { storyCapitalWords } from './names/demonym.ts';
import { findNames } from './names/find.ts';
import { capitalJoinedNames } from './names/joiners.ts';
import { OPENERS } from './names/runs.ts';
import { MAX_FIGURES_PER_ARTICLE } from './patterns.ts';
import { type FoundQuote, findQuotes } from './quotes/find.ts';
import { mergeQuotes } from './quotes/merge.ts';
import { foldedOutlets, isSourceCredit } from './quotes/source-credit.ts';
import { withSpeakerRoles } from './speakers/role-kind.ts';

export { DEMONYMS, PLACE_NAMES } from './names/lexicon.ts';
export { isScareQuote, type WordToken } from './quotes/scare.ts';
export { genderOf } from './speakers/gender.ts';
export { roleSubject } from './speakers/role-subject.ts';

/** Options of the extract stage. */
export interface ExtractOptions {
  /**
   * Also report indirect speech ("X said that …") as quotes. Default true. Its speakers are among those a
   * figure's source ("he said", "the spokesperson said") may stand for, so turning it off may change to whom
   * a figure is attributed.
   */
  readonly indirect?: boolean;
  /** Merge the same quote across articles into one quote with several occurrences. Default true. */
  readonly mergeQuotes?: boolean;
  /** Most figures kept from one article (default MAX_FIGURES_PER_ARTICLE); past it an issue says so. */
  readonly maxFiguresPerArticle?: number;
}

/**
 * Find the entities (with aliases across articles), quotes (with speakers) and figures of a story,
 * each with `{articleId, span}` evidence into the articles' cleaned text.
 * @example
 * const { entities, quotes, figures } = extract()({ story, articles }, ctx);
 */
export function extract(options: ExtractOptions = {}): Stage<StoryInput, StoryExtraction> {
  const withIndirect = options.indirect ?? true;
  const merge = options.mergeQuotes ?? true;
  const maxFigures = options.maxFiguresPerArticle ?? MAX_FIGURES_PER_ARTICLE;
  return (input, run) => {
    const prefix = `${input.story.id}-`;
    // 1. index each article's tokens once; 2. names per article, a name the story writes with a capitalised
    // preposition ("Kestrel In Motion") kept whole in each (names/joiners.ts); 3. entities and aliases across the story
    const docs = input.articles.map(annotate);
    const order = new Map(docs.map((d, i) => [d.id, i]));
    const joined = capitalJoinedNames(docs);
    const lower = storyLowerWords(docs, OPENERS);
    const capitals = storyCapitalWords(docs);
    const resolved = resolveEntities(
      docs.map((doc) => findNames(doc, joined, lower, capitals)),
      prefix,
      order,
    );
    // 4. quotes and their speakers per article, then merged across the story
    // 5. figures per article, then the same quantity merged across the story
    const found: FoundQuote[] = [];
    const outlets = foldedOutlets(input.articles.map((a) => a.article.outlet));
    const figures: FoundFigure[] = [];
    for (const [i, doc] of docs.entries()) {
      // each step hands on the speakers found so far: a pronoun or "the spokesperson" in a later step may
      // stand for one of them, so with indirect speech off a figure's source may be read differently
      const quoted = findQuotes(doc, resolved);
      const reported = withIndirect ? findIndirect(doc, resolved, quoted.speakers) : quoted;
      // "An earlier version of this article said 14 …" reports the article's words, no one's speech,
      // and its figures are the article's history, not the story's; "… misquoted the mayor as saying
      // “…”. She said “…”." quotes her only to put the article right: no quote of the outlet's
      const notes = editorsNotes(input.articles[i] as SegmentedArticle);
      const inNote = (at: number) => notes.some((n) => n.start <= at && at < n.end);
      // loops, not push(...list): a spread of a very long list overflows the call stack
      for (const quote of quoted.quotes) if (!notes.length || !inNote(quote.start)) found.push(quote);
      // "…, the Kestle Wire reported." credits a wire or an outlet with the report: no one's speech
      if (reported !== quoted)
        for (const quote of reported.quotes)
          if ((!notes.length || !inNote(quote.start)) && !isSourceCredit(quote, doc.text, outlets))
            found.push(quote);
      const all = findFigures(doc, resolved, reported.speakers);
      const own = notes.length ? all.filter((f) => !inNote(f.start)) : all;
      for (let k = 0; k < own.length && k < maxFigures; k++) figures.push(own[k] as FoundFigure);
      if (own.length > maxFigures)
        run.issues.push({
          code: 'extract/figures-capped',
          severity: 'warning',
          articleId: doc.id,
          message: `${doc.id}: ${own.length} figures found; only the first ${maxFigures} are kept and compared`,
        });
    }
    // 6. dates as entities of their own, after the names
    const dates = findDateEntities(docs, prefix, resolved.entities.length + 1);
    return {
      entities: [...resolved.entities, ...dates],
      // 7. each quote's speaker with the role the articles state for it (official, police, …)
      quotes: withSpeakerRoles(mergeQuotes(found, prefix, merge), docs, resolved.entities),
      figures: mergeFigures(figures, prefix),
    };
  };
}
