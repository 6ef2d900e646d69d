import type { Story } from '../../model/index.ts';

/**
 * For a fact of the story and an article: ", in place of 2,100 (its correction)" where that article's
 * correction gives the fact's value in place of one it calls wrong, else ''.
 */
export function correctedFrom(story: Story): (factId: string, articleId: string) => string {
  const put = new Map<string, string>();
  for (const n of story.corrections ?? [])
    for (const r of n.corrected?.right ?? [])
      for (const id of r.factIds)
        put.set(`${id}\u0000${n.articleId}`, `, in place of ${n.corrected?.wrong} (its correction)`);
  return (factId, articleId) => put.get(`${factId}\u0000${articleId}`) ?? '';
}
