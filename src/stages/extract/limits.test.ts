import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { extract } from './index.ts';

function storyOf(text: string, ctx = createContext()) {
  const [article] = readArticles([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }], {}, ctx);
  assert.ok(article);
  const doc = segment()(article, ctx);
  return {
    story: { id: 's1', title: 't', articleIds: [article.id], keywords: [] },
    articles: [doc],
  };
}

test('an article with more figures than the cap keeps the first ones and says so', () => {
  const amounts = Array.from({ length: 40 }, (_, i) => `$${i + 1},000`).join(' ');
  const ctx = createContext();
  const input = storyOf(`Almsby budget table\n\nThe Almsby council listed ${amounts} in its budget.`, ctx);
  const { figures } = extract({ maxFiguresPerArticle: 10 })(input, ctx);
  assert.equal(figures.length, 10);
  assert.deepEqual(
    ctx.issues.filter((i) => i.code === 'extract/figures-capped').map((i) => i.articleId),
    ['a1'],
  );
  const all = extract()(input, createContext());
  assert.ok(all.figures.length > 10);
});
