// The outlet silent on a figure other outlets give: a count that two sources or more tell, even with
// other values ("38 of them children" / "among them 41 children": a difference to check), is a
// point of the story; an article that gives none of its values, nor any number near them, leaves it
// out (newuser22 #8: "who is silent on the children"). Listed under the article's omissions by the
// difference's id, as a shared fact is by its own. Not an article written before every telling of
// the figure (it could not tell it: the omissions' ◷ rule), nor a copy of a telling's source.
import type { Conflict, SegmentedArticle } from '../../model/index.ts';
import { textTimeAt } from '../../text/dates/text-time.ts';
import { stem } from '../../text/normalise.ts';
import { numberAt } from '../../text/number-at.ts';
import type { Claim } from './claims.ts';
import { before } from './difference-times.ts';

type Side = Conflict['sides'][number];
const VOTES = stem('votes');

/** How far from a figure's values a number of an article may be and still be a telling of it. */
export const SILENT_NEAR = 0.25;

// The numbers a side gives: its value, else (a vote's tally, "by 212 votes to 187") the counts of
// votes of the sentences it cites.
function sideNumbers(side: Side, claims: readonly Claim[]): number[] {
  if (side.value) return [side.value.number];
  return side.evidence.flatMap((e) =>
    claims
      .filter((c) => c.articleId === e.articleId && c.span.start < e.span.end && e.span.start < c.span.end)
      .flatMap((c) => c.figures.filter((f) => f.counts === VOTES || f.unit === 'votes').map((f) => f.value)),
  );
}

// The numbers an article writes in digits, title and text ("6. 1" read as 6 and 1 too).
const digitsIn = (text: string): number[] =>
  (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')));

// The numbers an article's sentences write in words too ("Thirteen of those on board were minors":
// 13, which its claims' figures may leave out as a part of a whole).
const wordedIn = (sentences: SegmentedArticle['sentences']): number[] =>
  sentences.flatMap((s) =>
    s.tokens.flatMap((_, i) => {
      const read = numberAt(s.tokens, i, { bare: true });
      return read ? [read.value] : [];
    }),
  );

/**
 * Adds to `omissions` (article id → the ids it leaves out) each difference of a count (no unit:
 * "children", a vote's tallies by the numbers of votes its sentences give; values told by two
 * sources or more) that a news article gives no value of: no number of its sentences or of its
 * text within SILENT_NEAR of the values' span ("More than 150 migrants" tells the 140 / 152 of a
 * boat's people), and no word of what is counted ("dozens of children" tells the children). A figure
 * with a unit (a magnitude, a sentence's years) is never listed: "the 6. 1-magnitude quake" may be
 * read as no magnitude at all.
 * @example
 * // "12 of them children" (a1) / "among them 15 children" (a2); a3 tells the ferry, no child: a3 → [d1]
 */
export function silentOnFigures(
  differences: readonly Conflict[],
  claims: readonly Claim[],
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  omissions: Record<string, string[]>,
): void {
  const source = (id: string) => sources.get(id) ?? id;
  // (read when first asked: most stories list no count's difference, and most articles are never weighed)
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const published = new Map<string, ReturnType<typeof textTimeAt>>();
  const publishedAt = (id: string) => {
    const article = byId.get(id);
    if (!article) return null;
    if (!published.has(id)) published.set(id, textTimeAt(article));
    return published.get(id) ?? null;
  };
  const words = new Map<string, ReadonlySet<string>>();
  const wordsOf = (article: SegmentedArticle['article']) => {
    let set = words.get(article.id);
    if (!set) {
      set = new Set(
        `${article.title ?? ''} ${article.text}`
          .toLowerCase()
          .split(/[^a-z]+/)
          .map(stem),
      );
      words.set(article.id, set);
    }
    return set;
  };
  for (const d of differences) {
    if (d.kind !== 'figure' || d.sides.some((s) => (s.value?.unit ?? null) !== null)) continue;
    const perSide = d.sides.map((s) => sideNumbers(s, claims));
    if (perSide.some((n) => !n.length)) continue;
    const numbers = perSide.flat();
    const tellers = d.sides.flatMap((s) => s.evidence.map((e) => e.articleId));
    if (new Set(tellers.map(source)).size < 2) continue;
    const low = Math.min(...numbers) * (1 - SILENT_NEAR);
    const high = Math.max(...numbers) * (1 + SILENT_NEAR);
    const inSpan = (n: number) => n >= low && n <= high;
    const counted = stem(d.about.split(/\s+/).pop() ?? '');
    const toldAt = tellers.map(publishedAt);
    for (const { article, sentences } of articles) {
      const id = article.id;
      if (tellers.includes(id) || tellers.some((t) => source(t) === source(id))) continue;
      // (an article written before every telling could not tell it: no omission)
      if (toldAt.every((t) => before(textTimeAt(article), t))) continue;
      if (wordsOf(article).has(counted)) continue;
      const near =
        claims.some((c) => c.articleId === id && c.figures.some((f) => inSpan(f.value))) ||
        digitsIn(`${article.title ?? ''} ${article.text}`).some(inSpan) ||
        wordedIn(sentences).some(inSpan);
      if (!near) omissions[id] = [...(omissions[id] ?? []), d.id];
    }
  }
}
