// What a grouped story is called: its title (a headline of its articles) and its keywords (the heaviest
// stems of its body, each in its written form).
import type { SegmentedArticle } from '../../model/index.ts';
import { withoutTitleLabel } from '../../text/title-label.ts';
import { angleTitle, reportsDone, titleTellsAhead } from '../summarize/title-state.ts';
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
 * under a label such as "Live:" or "UPDATE:", or an explainer's, an opinion's or a Q&A's, after the
 * others, a label left out); an untitled story takes its first sentence. A working title that tells
 * the event as still ahead ("Council to vote on budget tonight") gives way to the headline of the
 * earliest report, of its day or later, of the event as done ("Marlow council passes budget":
 * `laterReport`).
 */
export function storyTitle(
  group: readonly Entry[],
  docs: ReadonlyMap<string, TitleSource>,
  centroid: SparseVector,
): string {
  const titled: Titled[] = [];
  for (const entry of group) {
    const doc = docs.get(entry.id);
    if (!doc?.article.title || doc.article.titleInferred) continue;
    const title = withoutTitleLabel(doc.article.title);
    // a label, or an explainer's, opinion's or Q&A's headline ("Budget: what the cuts mean"): no report
    const labelled = title !== doc.article.title || angleTitle(title);
    const score = dot(entry.vectors.body, centroid) + (doc.article.syndicatedFrom ? -1 : 0);
    titled.push({ title, score, labelled, day: entry.day, doc });
  }
  // those without a label or an angle first, then the closest (the first of equals)
  const ranked = titled
    .map((t, i) => ({ ...t, i }))
    .sort((a, b) => Number(a.labelled) - Number(b.labelled) || b.score - a.score || a.i - b.i);
  const best = ranked[0];
  if (best) return (laterReport(best, ranked) ?? best).title;
  const first = docs.get(group[0]?.id ?? '');
  const sentence = first?.sentences[0];
  return first && sentence ? first.article.text.slice(sentence.start, sentence.end) : 'Untitled story';
}

interface Titled {
  readonly title: string;
  readonly score: number;
  readonly labelled: boolean;
  readonly day: number | null;
  readonly doc: TitleSource;
}

// Where the chosen title, dated, tells its event as still ahead: the title, of those ranked, of the
// earliest article of its day or later (the closest of a day) that reports the event as done (its
// headline no plan and no explainer's, its first sentence telling it as happened); else none.
function laterReport(best: Titled, ranked: readonly Titled[]): Titled | null {
  const day = best.day;
  if (day === null || ranked.length < 2 || !titleTellsAhead(best.title)) return null;
  const since = ranked.filter(
    (t) => t !== best && t.day !== null && t.day >= day && !t.doc.article.syndicatedFrom,
  );
  since.sort((a, b) => (a.day as number) - (b.day as number));
  return since.find((t) => reportsDone(t.title, openingOf(t.doc))) ?? null;
}

// An article's first sentence as written.
const openingOf = ({ article, sentences }: TitleSource): string =>
  sentences[0] ? article.text.slice(sentences[0].start, sentences[0].end) : '';

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
