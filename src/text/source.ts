import type { Article, SegmentedArticle } from '../model/index.ts';

/**
 * An outlet's name as outlets are told apart: without case or outer spaces ('' when none).
 * @example
 * outletNameKey(' The Gullport Herald') // 'the gullport herald'
 */
export function outletNameKey(name: string | null | undefined): string {
  return name?.trim().toLowerCase() ?? '';
}

/**
 * What an article's outlet is compared by, in every stage and the report: its name's
 * {@link outletNameKey}; an article that names no outlet is an outlet of its own, keyed by its id.
 * @example
 * articleOutletKey({ id: 'a2', outlet: ' The Gullport Herald' }) // 'the gullport herald'
 */
export function articleOutletKey(article: Pick<Article, 'id' | 'outlet'>): string {
  return outletNameKey(article.outlet) || article.id;
}

/**
 * The independent source of each article of a story: the original a syndicated copy republishes
 * (followed through copies of copies), named by the first of the source's articles present in the
 * story (so a source whose original is not in the story is still one of its articles).
 * @example
 * sourceOf([a1, copyOfA1, a3]) // Map { a1 => a1, a2 => a1, a3 => a3 }
 */
export function sourceOf(articles: readonly SegmentedArticle[]): Map<string, string> {
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const roots = new Map<string, string>();
  for (const { article } of articles) {
    let id = article.id;
    const seen = new Set<string>();
    for (;;) {
      const parent = byId.get(id)?.syndicatedFrom;
      if (!parent || seen.has(parent)) break;
      seen.add(id);
      id = parent;
      if (!byId.has(id)) break;
    }
    roots.set(article.id, id);
  }
  // a source is shown under the first of its articles present in the story
  const shown = new Map<string, string>();
  for (const { article } of articles) {
    const root = roots.get(article.id) as string;
    if (!shown.has(root)) shown.set(root, byId.has(root) ? root : article.id);
  }
  return new Map([...roots].map(([id, root]) => [id, shown.get(root) as string]));
}

/**
 * Citations of one sentence, one per independent source (`sources`, of sourceOf): a syndicated copy
 * and its original both cited are one source cited twice, so the original's citation is kept (the
 * copy's when the original is not cited), in the place of the source's first citation.
 * @example
 * oncePerSource([{ articleId: 'a2' }, { articleId: 'a1' }], Map { a1 => a1, a2 => a1 }) // [{ articleId: 'a1' }]
 */
export function oncePerSource<T extends { readonly articleId: string }>(
  citations: readonly T[],
  sources: ReadonlyMap<string, string>,
): T[] {
  const sourceAt = (c: T) => sources.get(c.articleId) ?? c.articleId;
  const kept = new Map<string, T>();
  for (const c of citations) {
    const source = sourceAt(c);
    const held = kept.get(source);
    if (!held) kept.set(source, c);
    else if (c.articleId === source && held.articleId !== source) kept.set(source, c);
  }
  return citations.flatMap((c) => {
    const k = kept.get(sourceAt(c));
    if (!k) return [];
    kept.delete(sourceAt(c));
    return [k];
  });
}
