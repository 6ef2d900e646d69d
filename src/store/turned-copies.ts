import type { Article } from '../model/index.ts';
import type { CopyTurn } from './types.ts';

/**
 * A stored article turned by `turn` (`Store.turnCopies`): the original `from` becomes a copy of `to`
 * (its grouping features say so), a copy of `from` names `to`; with the note that says why.
 */
export function turnedArticle(
  id: string,
  article: Omit<Article, 'id' | 'text'>,
  features: unknown,
  turn: CopyTurn,
): { article: Omit<Article, 'id' | 'text'>; features: unknown } {
  const note =
    id === turn.from
      ? `near-duplicate of the stored article ${turn.to}, published earlier (${turn.note})`
      : `near-duplicate of a copy of the stored article ${turn.to} (published before ${turn.from}, its original until then)`;
  return {
    article: { ...article, syndicatedFrom: turn.to, syndicationNote: note },
    features:
      id === turn.from && features !== null && typeof features === 'object'
        ? { ...features, syndicated: true }
        : features,
  };
}
