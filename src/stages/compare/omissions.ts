import type { Fact, Figure, SegmentedArticle } from '../../model/index.ts';
import { type ClaimFigure, surelySameQuantity, valuesAgree } from '../../text/quantities.ts';
import { cosine, type Vector } from '../../text/vectors.ts';
import type { Alignment } from './align.ts';
import { prefixUntil } from './blocking.ts';
import { callsOff } from './called-off.ts';
import type { Claim } from './claims.ts';
import { before } from './difference-times.ts';
import { otherSources } from './figure-source.ts';
import { predicateStems, toldInPart } from './in-part.ts';
import { toldSameCount, toldSameFigure } from './omission-count.ts';
import { laterValueOf } from './omission-later.ts';
import { otherValueOf } from './other-value.ts';
import { MENTION_MIN_SCORE, MENTION_SAME_WORDS, OMISSION_IN_PART } from './patterns.ts';
import type { CheckedFact } from './support/facts.ts';
import type { Reading } from './support/index.ts';

/** How an article that is not listed as leaving a fact out tells it instead (see `omissionsOf`). */
export type ToldOtherwise = 'in-other-words' | 'other-value';

/**
 * For each article, the facts stated by at least two independent sources that it does not state:
 * marked absent (not contradicting, not published before the event), not a copy of a supporting
 * source, and none of its sentences close to one of the fact's supporting claims (MENTION_MIN_SCORE),
 * so a wording told differently is not called an omission. Close is the alignment's score, or most
 * of the words shared (MENTION_SAME_WORDS) where alignment's figure rules set a pair apart ("26
 * Somali crew onboard" / "26 Somali crew on board" read as counting other things): those rules keep
 * two facts apart, they do not show that an article leaves one out. Nor is a fact omitted where one
 * of the article's sentences tells a supporter in part in its own words (`toldInPart` with
 * OMISSION_IN_PART: much of its IDF-weighted terms, one of its predicates, its figure, in its mood and
 * polarity: "A suspected gang leader has hanged himself in prison in Torrecava hours after being
 * arrested" tells "A gang boss in Torrecava hanged himself in jail … after he was arrested in a police
 * raid"): "does not mention" is a claim, and a fact told in other words is no omission. Nor is one
 * whose count the article gives another value, in a sentence that holds one of a supporter's
 * weightiest terms (`toldOtherValue`: one of the same measure that cannot hold with it, by the
 * differences' own test `bothHold`, where no sentence of the article gives the supporter's value:
 * `otherValueOf`): that is a difference to check; or, written after every supporter, gives its measure
 * a later value (`laterValueOf`: "Four people died in the storm" after "killed two people"). Nor is one that every supporter's article told after
 * this article was published: it could not tell it. Nor is a plan the article tells as called off
 * (`callsOff`: "Tuesday's strike has been called off" beside "Drivers plan to strike from Tuesday"). Nor is one whose measure it gives as a bound that holds
 * with it ("up to three months" beside "at least six weeks": told, but no other value). Nor is one
 * whose count of what happened the article gives, with the same predicate, inside whatever else it
 * tells (`toldSameCount`: "…, a day after about 340 migrants crossed the river and were detained"
 * tells "340 people were detained on Monday", told in another speaker's report). `facts[i]`
 * is `checked[i]`; `readingOf` is the support judge's reading of a claim by its index; `figures`, the
 * story's, tell whose count a figure is.
 */
export function omissionsOf(
  facts: readonly Fact[],
  checked: readonly CheckedFact[],
  claims: readonly Claim[],
  alignment: Alignment,
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  readingOf: (index: number) => Reading,
  toldOtherwise?: (factId: string, articleId: string, how: ToldOtherwise, claim: Claim) => void,
  figures: readonly Figure[] = [],
): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(articles.map((a) => [a.article.id, []]));
  let byArticle: Map<string, Claim[]> | undefined;
  // an article's claims (grouped when first asked)
  const claimsIn = (articleId: string): readonly Claim[] => {
    byArticle ??= Map.groupBy(claims, (c) => c.articleId);
    return byArticle.get(articleId) ?? [];
  };
  const vector = (c: Claim) => alignment.vectors[c.index] as Vector;
  // whether one of the article's claims shares enough words with one of the supporters: only those
  // that hold one of the supporter's weightiest terms (`heaviestOf`) are scored, found by the
  // article's claims by term (built when the article is first asked about)
  const heaviest: (readonly string[] | undefined)[] = new Array(claims.length);
  const byTerm = new Map<string, Map<string, Claim[]>>();
  const termsIn = (articleId: string): Map<string, Claim[]> => {
    let index = byTerm.get(articleId);
    if (!index) {
      index = new Map();
      for (const c of claimsIn(articleId))
        for (const t of vector(c).keys()) {
          const list = index.get(t);
          if (list) list.push(c);
          else index.set(t, [c]);
        }
      byTerm.set(articleId, index);
    }
    return index;
  };
  const keysOf = (s: Claim): readonly string[] => {
    let keys = heaviest[s.index];
    if (!keys) {
      keys = heaviestOf(vector(s));
      heaviest[s.index] = keys;
    }
    return keys;
  };
  const wordedClose = (articleId: string, supporters: readonly Claim[]): Claim | undefined => {
    const index = termsIn(articleId);
    for (const s of supporters)
      for (const t of keysOf(s)) {
        const c = (index.get(t) ?? []).find((c) => cosine(vector(s), vector(c)) >= MENTION_SAME_WORDS);
        if (c) return c;
      }
    return undefined;
  };
  // whether one of the article's claims tells one of the supporters in part, in words of its own:
  // only one that holds a predicate of the supporter can (`predicateStems`), a set look-up or two
  // where toldInPart would read the pair
  const toldThere = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    firstOf(supporters, (s) => {
      const a = readingOf(s.index);
      const stems = OMISSION_IN_PART.predicate ? predicateStems(a) : null;
      return claimsIn(articleId).find((c) => {
        const b = readingOf(c.index);
        return (
          (!stems || stems.some((t) => b.allStems.has(t))) &&
          toldInPart(a, b, alignment.idf, OMISSION_IN_PART)
        );
      });
    });
  // whether one of the article's claims gives the measure of a supporter's figure a value of its own
  // that `differ` tells apart, and holds one of that supporter's weightiest terms: the article tells
  // the fact otherwise (a difference to check: "Fourteen people were hurt in the fire" beside "The
  // fire injured 17 people"), it does not leave it out
  const toldValue =
    (differ: (fs: ClaimFigure, fc: ClaimFigure) => boolean) =>
    (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
      claimsIn(articleId).find(
        (c) =>
          c.figures.length > 0 &&
          supporters.some(
            (s) =>
              s.figures.some((fs) => c.figures.some((fc) => surelySameQuantity(fs, fc) && differ(fs, fc))) &&
              keysOf(s).some((t) => vector(c).has(t)),
          ),
      );
  // another value of one measure, one that cannot hold with the supporter's (`otherValueOf`, by the
  // differences' test `bothHold`), where the article gives the supporter's value nowhere, of a figure
  // the fact's shown claim gives (`shown`: the first supporter's figures), not another named source's
  // count (`otherSources`, by the story's `figures`): ≠
  const otherSource = (fa: ClaimFigure, a: Reading, fb: ClaimFigure, b: Reading) =>
    otherSources(a.claim, fa, b.claim, fb, figures);
  const toldOtherValue = (
    articleId: string,
    supporters: readonly Claim[],
    shown: readonly ClaimFigure[] | undefined,
  ): Claim | undefined => {
    const held = () => claimsIn(articleId).flatMap((c) => c.figures);
    return claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some(
          (s) =>
            keysOf(s).some((t) => vector(c).has(t)) &&
            otherValueOf(readingOf(s.index), readingOf(c.index), held, shown, otherSource) !== undefined,
        ),
    );
  };
  // a bound that holds with the supporter's value ("up to three months" beside "at least six weeks"):
  // it tells the measure, so it leaves nothing out, but gives no other value (no mark)
  const toldBound = toldValue((fs, fc) => !valuesAgree(fs, fc));
  // whether one of the article's claims gives a supporter's count of what happened, with its predicate
  const toldCount = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some((s) => s.figures.length > 0 && toldSameCount(readingOf(s.index), readingOf(c.index))),
    );
  // whether one of the article's claims gives one of a supporter's counts, by the same verb
  const toldFigure = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some(
          (s) => s.figures.length > 0 && toldSameFigure(readingOf(s.index), readingOf(c.index)),
        ),
    );
  // whether one of the article's claims gives a supporter's measure a later value (`laterValueOf`;
  // asked of an article written after every supporter's only)
  const toldLater = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some((s) => laterValueOf(readingOf(s.index), readingOf(c.index)) !== undefined),
    );
  // whether one of the article's claims tells a supporter's plan as called off
  const calledOff = (articleId: string, supporters: readonly Claim[]): boolean =>
    claimsIn(articleId).some((c) => supporters.some((s) => callsOff(readingOf(s.index), readingOf(c.index))));
  const published = new Map(articles.map(({ article }) => [article.id, article.publishedAt]));
  facts.forEach((fact, f) => {
    if (fact.sources.length < 2) return;
    const close = new Map<string, Claim>();
    const supporters = (checked[f] as CheckedFact).supporters;
    const own = new Set(fact.sources);
    for (const member of supporters)
      for (const j of alignment.near(member.index))
        if (
          alignment.score(member.index, j) >= MENTION_MIN_SCORE &&
          !close.has((claims[j] as Claim).articleId)
        )
          close.set((claims[j] as Claim).articleId, claims[j] as Claim);
    // (an article written before every source of the fact told it could not tell it: no omission,
    // though what it tells instead is still marked; times compared as the differences compare them)
    const toldAt = supporters.map((c) => published.get(c.articleId) ?? null);
    const beforeAll = (at: string | null) => toldAt.length > 0 && toldAt.every((t) => before(at, t));
    const afterAll = (at: string | null) => toldAt.length > 0 && toldAt.every((t) => before(t, at));
    for (const { article } of articles) {
      if (fact.coverage[article.id]?.mark !== 'absent') continue;
      if (own.has(sources.get(article.id) ?? article.id)) continue;
      // what the article tells instead: another value of the fact's figure, its count, the fact in
      // part, or a sentence close to it (each a reason not to call it left out)
      const other =
        toldOtherValue(article.id, supporters, supporters[0]?.figures) ??
        (afterAll(article.publishedAt) ? toldLater(article.id, supporters) : undefined);
      const bound = other ? undefined : toldBound(article.id, supporters);
      const count = other || bound ? undefined : toldCount(article.id, supporters);
      // an article the alignment found close is told anyway: what it tells in part or in close words
      // cannot change its mark (only `other` and the count read below do), so it is not looked for
      const near = close.has(article.id);
      const part = other || bound || count || near ? undefined : toldThere(article.id, supporters);
      const worded =
        other || bound || count || part || near ? undefined : wordedClose(article.id, supporters);
      if (other || bound || count || part || worded || near) {
        // its mark says how, with the sentence, where it gives the fact's count (told in part or in
        // close words, the sentence may tell another thing: no mark, as "the same" is not shown)
        const said = count ?? toldFigure(article.id, supporters);
        if (other) toldOtherwise?.(fact.id, article.id, 'other-value', other);
        else if (said) toldOtherwise?.(fact.id, article.id, 'in-other-words', said);
        continue;
      }
      // (a plan the article tells as called off is told: what became of it, not the plan left out)
      if (beforeAll(article.publishedAt) || calledOff(article.id, supporters)) continue;
      (out[article.id] as string[]).push(fact.id);
    }
  });
  return out;
}

// The first of some items for which `find` finds something, and what it finds.
function firstOf<T, U>(items: readonly T[], find: (item: T) => U | undefined): U | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

// The heaviest terms of a vector of unit length, until the norm of the rest falls under
// MENTION_SAME_WORDS: a vector that shares none of them has a cosine with it under that (`prefixUntil`,
// as alignment's blocking cuts its keys). (A margin for rounding: a term too many only scores a pair more.)
function heaviestOf(vector: Vector): string[] {
  const terms = Array.from(vector, ([t, x]) => ({ t, x })).sort((p, q) => q.x - p.x);
  return prefixUntil(terms, MENTION_SAME_WORDS - 1e-6);
}
