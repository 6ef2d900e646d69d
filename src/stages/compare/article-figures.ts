import type { Figure } from '../../model/index.ts';

/**
 * The extract stage's figures by the articles they occur in, each once per article, in the story's
 * order: what `sentenceFigures` takes a sentence's counts and rates from (the first figure found at
 * a place is the one the story's list gives).
 * @example
 * figuresByArticle(extraction.figures).get('a1') // the figures article a1 states
 */
export function figuresByArticle(figures: readonly Figure[]): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const f of figures)
    for (const o of f.occurrences) {
      const list = out.get(o.articleId);
      if (!list) out.set(o.articleId, [f]);
      // (an article's list gets only this figure in its turn: one already last there is listed once)
      else if (list[list.length - 1] !== f) list.push(f);
    }
  return out;
}
