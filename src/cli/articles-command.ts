// `parallax articles`: the stored articles in ingest order, as text lines, JSON lines or one JSON
// array, written as they are read; with --versions, each article's earlier versions too.
import { revisionChanges } from '../store/revision-changes.ts';
import type { ListFilter, Store, StoredArticle } from '../store/types.ts';
import { versionLines } from './changes-output.ts';
import { articleJson, articleLine } from './store-output.ts';

/**
 * Write the articles `filter` selects. With `versions`, each article's earlier versions (a page read
 * again with another title or text): in text, an indented line each under its article's; in JSON,
 * its `revisions`, as `parallax article <id> --format json` gives them. One more query an article.
 */
export async function listArticles(
  store: Store,
  filter: ListFilter,
  format: 'text' | 'jsonl' | 'json',
  versions: boolean,
  write: (text: string) => void,
): Promise<number> {
  let count = 0;
  for await (const stored of store.articles(filter)) {
    const revisions = versions
      ? revisionChanges(stored.article, await store.articleRevisions(stored.article.id))
      : undefined;
    const line = format === 'text' ? textOf(stored, revisions) : jsonOf(stored, revisions);
    write(format === 'json' ? `${count ? ',\n' : '[\n'}${line.trimEnd()}` : line);
    count++;
  }
  if (format === 'json') write(count ? '\n]\n' : '[]\n');
  return count;
}

/**
 * What an empty listing says on stderr, so that an outlet or date that matches nothing is not silence.
 * @example
 * noArticlesLine({ outlet: 'Lantern' }); // 'no article matches --outlet "Lantern" (the outlet is matched by its whole name, …)'
 */
export function noArticlesLine(filter: ListFilter): string {
  const given = [
    ...(filter.outlet !== undefined ? [`--outlet "${filter.outlet}"`] : []),
    ...(filter.since !== undefined ? [`--since ${filter.since}`] : []),
  ];
  if (!given.length) return 'the store has no articles yet';
  const whole =
    filter.outlet !== undefined
      ? ' (the outlet is matched by its whole name as parallax stories shows it, in any case, not by a part of it)'
      : '';
  return `no article matches ${given.join(' ')}${whole}`;
}

const textOf = (stored: StoredArticle, revisions: Parameters<typeof versionLines>[0] | undefined) =>
  articleLine(stored) + (revisions ? versionLines(revisions) : '');

const jsonOf = (stored: StoredArticle, revisions: unknown[] | undefined) =>
  articleJson(stored, revisions ? { revisions } : {});
