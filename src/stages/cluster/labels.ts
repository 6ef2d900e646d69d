// What a grouped story is called: its title (a headline of its articles) and its keywords (the heaviest
// stems of its body, each in its written form).
import type { SegmentedArticle } from '../../model/index.ts';
import { withoutTitleLabel } from '../../text/title-label.ts';
import type { Entry, Grouper } from './grouper.ts';
import { type KeywordToken, keywordForms } from './keywords.ts';
import { KEYWORD_CANDIDATES, KEYWORDS } from './label-patterns.ts';
import { dot, type SparseVector } from './vectors.ts';

/**
 * What a story's title is read from: an article's headline (unless inferred or a copy of another
 * article's) and, for a story without one, its first sentence; its keywords' forms also from the
 * sentences' tokens, when held (the store's grouping step keeps none, and reads no keywords).
 */
export interface TitleSource {
  readonly article: Pick<SegmentedArticle['article'], 'title' | 'titleInferred' | 'syndicatedFrom' | 'text'>;
  readonly sentences: readonly (Pick<SegmentedArticle['sentences'][number], 'start' | 'end'> & {
    readonly tokens?: readonly KeywordToken[];
  })[];
}

/**
 * The headline of the article closest to the story's centroid (a copy of another article, or one
 * under a label such as "Live:" or "UPDATE:", after those without, the label left out); an untitled
 * story takes its first sentence.
 */
export function storyTitle(
  group: readonly Entry[],
  docs: ReadonlyMap<string, TitleSource>,
  centroid: SparseVector,
): string {
  let bestTitle: string | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestLabelled = true;
  for (const entry of group) {
    const doc = docs.get(entry.id);
    if (!doc?.article.title || doc.article.titleInferred) continue;
    const title = withoutTitleLabel(doc.article.title);
    const labelled = title !== doc.article.title;
    const score = dot(entry.vectors.body, centroid) + (doc.article.syndicatedFrom ? -1 : 0);
    if ((bestLabelled && !labelled) || (bestLabelled === labelled && score > bestScore)) {
      bestScore = score;
      bestTitle = title;
      bestLabelled = labelled;
    }
  }
  if (bestTitle) return bestTitle;
  const first = docs.get(group[0]?.id ?? '');
  const sentence = first?.sentences[0];
  return first && sentence ? first.article.text.slice(sentence.start, sentence.end) : 'Untitled story';
}

/**
 * A story's keywords: the top stems of its body centroid (figures left out), each in its written form,
 * of the KEYWORD_CANDIDATES heaviest the first KEYWORDS that are not mostly verbs of speech.
 */
export function keywordsOf(
  grouper: Grouper,
  group: readonly Entry[],
  docs: ReadonlyMap<string, TitleSource>,
  centroid: ReadonlyMap<number, number>,
): string[] {
  const stems = heaviestTerms(grouper, centroid).map(([term]) => term);
  const sources = group.map((e) => docs.get(e.id)).filter((d): d is TitleSource => d !== undefined);
  return keywordForms(stems, sources, KEYWORDS);
}

// The heaviest KEYWORD_CANDIDATES terms of a centroid (ties by term), kept in order as the centroid is
// read: a term is written out only when its weight could place it. A function of its own: V8 compiles
// a long centroid's loop while it runs, and code after the loop, not run before, threw that away.
function heaviestTerms(
  grouper: Grouper,
  centroid: ReadonlyMap<number, number>,
): (readonly [string, number])[] {
  const top: (readonly [string, number])[] = [];
  for (const [id, w] of centroid) {
    if (top.length === KEYWORD_CANDIDATES && w < (top[KEYWORD_CANDIDATES - 1]?.[1] as number)) continue;
    const term = grouper.key(id);
    if (term.startsWith('#')) continue;
    let at = top.length;
    while (
      at > 0 &&
      (w > (top[at - 1]?.[1] as number) || (w === top[at - 1]?.[1] && term < (top[at - 1]?.[0] as string)))
    )
      at--;
    if (at < KEYWORD_CANDIDATES) top.splice(at, 0, [term, w]);
    if (top.length > KEYWORD_CANDIDATES) top.pop();
  }
  return top;
}
