import type { Stage, StoryExtraction, StoryInput } from '../../model/index.ts';
import { buildDoc } from './doc.ts';
import { findDateEntities } from './entities/dates.ts';
import { resolveEntities } from './entities/resolve.ts';
import { type FoundFigure, findFigures } from './figures.ts';
import { findIndirect } from './indirect.ts';
import { mergeFigures } from './merge-figures.ts';
import { mergeQuotes } from './merge-quotes.ts';
import { findNames } from './names/find.ts';
import { MAX_FIGURES_PER_ARTICLE } from './patterns.ts';
import { type FoundQuote, findQuotes } from './quotes.ts';
import type { SpeakerContext } from './speakers/resolve.ts';

/** Options of the extract stage. */
export interface ExtractOptions {
  /** Also report indirect speech ("X said that …") as quotes. Default true. */
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
    // 1. index each article's tokens once; 2. names per article; 3. entities and aliases across the story
    const docs = input.articles.map(buildDoc);
    const order = new Map(docs.map((d, i) => [d.id, i]));
    const resolved = resolveEntities(docs.map(findNames), prefix, order);
    // 4. quotes and their speakers per article, then merged across the story
    // 5. figures per article, then the same quantity merged across the story
    const found: FoundQuote[] = [];
    const figures: FoundFigure[] = [];
    for (const doc of docs) {
      const ctx: SpeakerContext = { doc, entities: resolved, previous: [] };
      // loops, not push(...list): a spread of a very long list overflows the call stack
      for (const quote of findQuotes(ctx)) found.push(quote);
      if (withIndirect)
        for (const quote of findIndirect(ctx, new Set(ctx.previous.map((p) => p.cueToken))))
          found.push(quote);
      const own = findFigures(ctx);
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
      quotes: mergeQuotes(found, prefix, merge),
      figures: mergeFigures(figures, prefix),
    };
  };
}
