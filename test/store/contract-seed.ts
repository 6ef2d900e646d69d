import type { ContractContext, Scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/** Four articles of a scope: three outlets, dates spread over a month, inserted newest first. */
export async function seed(context: ContractContext, { word, outlet, year }: Scope): Promise<string[]> {
  const made = await context
    .store()
    .upsertArticles([
      newArticle({ text: `Day twenty ${word}.`, outlet: `${outlet} B`, publishedAt: `${year}-03-20` }),
      newArticle({ text: `Day ten ${word}.`, outlet: `${outlet} A`, publishedAt: `${year}-03-10` }),
      newArticle({ text: `Day fifteen ${word}.`, outlet: `${outlet} A`, publishedAt: `${year}-03-15` }),
      newArticle({ text: `Day five ${word}.`, outlet: null, publishedAt: `${year}-03-05` }),
    ]);
  return made.map((m) => m.id);
}
